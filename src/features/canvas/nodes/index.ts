import type { NodeTypes } from "@xyflow/react";
import { ClusterNodeView } from "./ClusterNodeView";
import { FactorNodeView } from "./FactorNodeView";
import { NoteNodeView } from "./NoteNodeView";
import { QuoteCardNode } from "./QuoteCardNode";

/** A module constant: React Flow re-creates every node when this object changes identity. */
export const NODE_TYPES: NodeTypes = {
  quote: QuoteCardNode,
  cluster: ClusterNodeView,
  factor: FactorNodeView,
  note: NoteNodeView,
};

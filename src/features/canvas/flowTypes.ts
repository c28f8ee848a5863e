import type { Edge, Node } from "@xyflow/react";
import type {
  AnalysisEdge,
  AnalysisNode,
  NodeKind,
  QuoteNode,
} from "../../domain/analysis/analysis";
import type { EvidenceCount } from "../../domain/analysis/graph";
import type { Point } from "../../domain/analysis/linkRoute";

export type { Size } from "../../domain/analysis/layoutGraph";

export interface FlowNodeData extends Record<string, unknown> {
  node: AnalysisNode;
  /** Distinct supporting quotes (clusters and factors). */
  evidence: EvidenceCount | null;
  /** Cards inside (clusters). */
  cardCount: number;
  /** The cards an expanded cluster draws itself, zoomed far out; otherwise null. */
  drawnCards: readonly QuoteNode[] | null;
}

export type FlowNode = Node<FlowNodeData, NodeKind>;

export interface FlowEdgeData extends Record<string, unknown> {
  edge: AnalysisEdge;
  /** The way around other boxes, from the source's side to the target's (linkRoute). */
  route?: readonly Point[];
}

export type FlowEdge = Edge<FlowEdgeData>;

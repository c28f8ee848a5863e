import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  type Edge,
  type EdgeChange,
  Handle,
  MarkerType,
  MiniMap,
  type Node,
  type NodeChange,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
} from "@xyflow/react";
import { memo, useCallback, useState } from "react";
import type { Analysis, AnalysisNode } from "../../../src/domain/analysis/analysis";
import { CLUSTER_PADDING } from "../../../src/domain/analysis/operations";
import { countingNodeTypes } from "./canvasProbe";

/**
 * The yardstick: plain React Flow with the same nodes (groups with their cards as children),
 * the same edges, viewport and onlyRenderVisibleElements rule as our canvas, short labels,
 * a minimal controlled onNodesChange, and none of our store, mapping or node views.
 */

type BareNode = Node<{ label: string }>;

const CARD = { width: 260, height: 48 };

/** The label of a bare node, or of one of ours (views=bare diagnosis: our canvas, bare views). */
function labelOf(data: Record<string, unknown>): string {
  if (typeof data.label === "string") return data.label;
  const node = data.node as AnalysisNode;
  return node.kind === "quote" ? node.snapshot.text.slice(0, 24) : node.id;
}

const BareCard = memo(function BareCard({ data }: NodeProps) {
  return (
    <div style={{ width: CARD.width, padding: 8, background: "#fff", border: "1px solid #ccc" }}>
      <Handle type="target" position={Position.Bottom} />
      {labelOf(data)}
      <Handle type="source" position={Position.Top} />
    </div>
  );
});

const BareGroup = memo(function BareGroup({ data }: NodeProps) {
  return (
    <div style={{ width: "100%", height: "100%", border: "2px dashed #9ab" }}>
      <Handle type="target" position={Position.Bottom} />
      {labelOf(data)}
      <Handle type="source" position={Position.Top} />
    </div>
  );
});

const BARE_NODE_TYPES: NodeTypes = countingNodeTypes({ card: BareCard, group: BareGroup });
/** Our node types' names with the bare views, for telling view cost from the rest. */
export const BARE_VIEWS: NodeTypes = countingNodeTypes({
  quote: BareCard,
  cluster: BareGroup,
  factor: BareCard,
  note: BareCard,
});
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };

/** Static group sizes from the cards' extent, as our canvas computes them before measuring. */
export function toBareElements(analysis: Analysis): { nodes: BareNode[]; edges: Edge[] } {
  const extent = new Map<string, { width: number; height: number }>();
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || !node.clusterId) continue;
    const size = extent.get(node.clusterId) ?? { width: 280, height: 140 };
    size.width = Math.max(size.width, node.position.x + CARD.width + CLUSTER_PADDING.right);
    size.height = Math.max(size.height, node.position.y + 120 + CLUSTER_PADDING.bottom);
    extent.set(node.clusterId, size);
  }
  const groups: BareNode[] = [];
  const others: BareNode[] = [];
  for (const node of analysis.nodes) {
    if (node.kind === "cluster") {
      const size = extent.get(node.id) ?? { width: 280, height: 140 };
      groups.push({
        id: node.id,
        type: "group",
        position: node.position,
        data: { label: node.label },
        style: size,
        width: size.width,
        height: size.height,
        zIndex: -1,
      });
    } else {
      const label = node.kind === "quote" ? node.snapshot.text.slice(0, 24) : node.id;
      others.push({
        id: node.id,
        type: "card",
        position: node.position,
        data: { label },
        ...(node.kind === "quote" && node.clusterId ? { parentId: node.clusterId } : {}),
      });
    }
  }
  const edges: Edge[] = analysis.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.kind === "causes"
      ? { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } }
      : {}),
  }));
  // Parents before children, as React Flow wants.
  return { nodes: [...groups, ...others], edges };
}

export function BareCanvas({
  analysis,
  extras,
}: {
  analysis: Analysis;
  /** Background, Controls and MiniMap as our canvas has them (diagnosis only). */
  extras: boolean;
}) {
  const [initial] = useState(() => toBareElements(analysis));
  const [nodes, setNodes] = useState(initial.nodes);
  const [edges, setEdges] = useState(initial.edges);
  const onNodesChange = useCallback(
    (changes: NodeChange<BareNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  );
  return (
    <div className="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={BARE_NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        defaultViewport={analysis.viewport}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={nodes.length > 400}
        proOptions={PRO_OPTIONS}
      >
        {extras && <Background gap={SNAP_GRID[0]} />}
        {extras && <Controls showInteractive={false} />}
        {extras && <MiniMap pannable zoomable />}
      </ReactFlow>
    </div>
  );
}

import { MarkerType } from "@xyflow/react";
import type {
  Analysis,
  AnalysisEdge,
  AnalysisNode,
  ClusterNode,
  EdgeKind,
  NodeKind,
  QuoteNode,
} from "../../domain/analysis/analysis";
import { clusterSizes, MIN_CLUSTER } from "../../domain/analysis/clusterSize";
import { type Box, collapsedClusterIds, placedNodes } from "../../domain/analysis/geometry";
import type { EvidenceCount } from "../../domain/analysis/graph";
import { facingSides } from "../../domain/analysis/linkSides";
import { LINK_STYLE } from "../../domain/analysis/roleStyle";
import { FIXED_SIZES } from "../../domain/layout/boxSizes";
import { handlesFor } from "./flowHandles";
import type { FlowEdge, FlowNode, Size } from "./flowTypes";

export interface FlowInput {
  analysis: Analysis;
  selectedNodeIds: ReadonlySet<string>;
  sizes: ReadonlyMap<string, Size>;
  evidence: ReadonlyMap<string, EvidenceCount>;
  /** What a screen reader calls each kind of node ("Citaat", "Cluster", …). */
  kindNames: Readonly<Record<NodeKind, string>>;
  /**
   * The accessible name of a cluster or factor (title, role, evidence); made with kindNames,
   * so it changes when they do.
   */
  nodeName?: (node: AnalysisNode, evidence: EvidenceCount | undefined) => string;
  /**
   * Zoomed far out, the cards each expanded cluster draws itself (OverviewCards; see
   * cardsDrawnByClusters). They are left out: React Flow then handles a hundred clusters
   * instead of thousands of cards on every update.
   */
  drawnByClusters?: ReadonlyMap<string, readonly QuoteNode[]>;
}

const NOTHING_DRAWN: ReadonlyMap<string, readonly QuoteNode[]> = new Map();

/**
 * The cards an expanded cluster draws itself when the canvas is zoomed far out, by cluster.
 * Their links are drawn by OverviewLinks, not React Flow.
 */
export function cardsDrawnByClusters(analysis: Analysis): Map<string, QuoteNode[]> {
  const byCluster = new Map<string, QuoteNode[]>();
  const expanded = new Set(
    analysis.nodes.filter((n) => n.kind === "cluster" && !n.collapsed).map((n) => n.id),
  );
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || !node.clusterId || !expanded.has(node.clusterId)) continue;
    const cards = byCluster.get(node.clusterId);
    if (cards) cards.push(node);
    else byCluster.set(node.clusterId, [node]);
  }
  return byCluster;
}

const sameItems = <T>(a: readonly T[] | null, b: readonly T[] | null) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

interface Cached {
  selected: boolean;
  size: Size | undefined;
  evidence: EvidenceCount | undefined;
  cardCount: number;
  hidden: boolean;
  style: Size;
  kindNames: FlowInput["kindNames"];
  drawnCards: readonly QuoteNode[] | null;
  flow: FlowNode;
}

/**
 * Turns the analysis into React Flow nodes. A node whose inputs did not change keeps the
 * same object, so React Flow skips it: dragging one card re-renders only that card.
 */
export function createNodeMapper() {
  const cache = new WeakMap<AnalysisNode, Cached>();
  return function toFlowNodes({
    analysis,
    selectedNodeIds,
    sizes,
    evidence,
    kindNames,
    nodeName,
    drawnByClusters = NOTHING_DRAWN,
  }: FlowInput): FlowNode[] {
    const clusters = new Map<string, ClusterNode>();
    const cardCounts = new Map<string, number>();
    for (const node of analysis.nodes) {
      if (node.kind === "cluster") clusters.set(node.id, node);
      else if (node.kind === "quote" && node.clusterId) {
        cardCounts.set(node.clusterId, (cardCounts.get(node.clusterId) ?? 0) + 1);
      }
    }
    const extents = clusterSizes(analysis);
    const drawn = (n: AnalysisNode) =>
      n.kind === "quote" && n.clusterId !== null && drawnByClusters.has(n.clusterId);
    // React Flow wants every parent before its children.
    const ordered = [
      ...analysis.nodes.filter((n) => n.kind === "cluster"),
      ...analysis.nodes.filter((n) => n.kind !== "cluster" && !drawn(n)),
    ];
    return ordered.map((node) => {
      const parent =
        node.kind === "quote" && node.clusterId ? clusters.get(node.clusterId) : undefined;
      const selected = selectedNodeIds.has(node.id);
      const size = sizes.get(node.id);
      const nodeEvidence = evidence.get(node.id);
      const cardCount = cardCounts.get(node.id) ?? 0;
      const hidden = parent?.collapsed ?? false;
      // Every box is drawn at its fixed size (src/domain/layout/boxSizes.ts), which layout and
      // placement compute with; a cluster's follows from its cards.
      const style =
        node.kind === "cluster" ? (extents.get(node.id) ?? MIN_CLUSTER) : FIXED_SIZES[node.kind];
      const hit = cache.get(node);
      const cached = hit?.drawnCards ?? null;
      const found = drawnByClusters.get(node.id) ?? null;
      // The same cards keep the same array, so the cluster does not redraw them.
      const drawnCards = sameItems(cached, found) ? cached : found;
      if (
        hit &&
        hit.selected === selected &&
        hit.size === size &&
        hit.evidence === nodeEvidence &&
        hit.cardCount === cardCount &&
        hit.hidden === hidden &&
        hit.kindNames === kindNames &&
        hit.drawnCards === drawnCards &&
        hit.style.width === style.width &&
        hit.style.height === style.height
      ) {
        return hit.flow;
      }
      // Same evidence and count: same data object, so the memoised view can skip a render
      // that only selection, size or visibility caused.
      const data =
        hit &&
        hit.evidence === nodeEvidence &&
        hit.cardCount === cardCount &&
        hit.drawnCards === drawnCards
          ? hit.flow.data
          : { node, evidence: nodeEvidence ?? null, cardCount, drawnCards };
      // The known size lets a node show (and its text field take focus) at once, and lets
      // React Flow place handles without rendering it.
      const box = style;
      const flow: FlowNode = {
        id: node.id,
        type: node.kind,
        position: node.position,
        data,
        selected,
        hidden,
        ...(parent ? { parentId: parent.id } : {}),
        measured: box,
        handles: handlesFor(box),
        // Names the kind on React Flow's own node element. Hidden text inside the node would
        // do the same, but its clip made the whole canvas repaint on every pan frame.
        domAttributes: { "aria-roledescription": kindNames[node.kind] },
        ...(node.kind === "quote"
          ? { ariaLabel: node.snapshot.text }
          : nodeName && (node.kind === "cluster" || node.kind === "factor")
            ? { ariaLabel: nodeName(node, nodeEvidence) }
            : {}),
        style,
        width: style.width,
        height: style.height,
        // A cluster drags by its header; zoomed out, where the header is only its title drawn
        // over it, by any point but its drawn cards (which are "nodrag": they move themselves).
        ...(node.kind === "cluster"
          ? { dragHandle: ".cluster-header, .zoomed-out .cluster", zIndex: -1 }
          : {}),
      };
      cache.set(node, {
        selected,
        size,
        evidence: nodeEvidence,
        cardCount,
        hidden,
        style,
        kindNames,
        drawnCards,
        flow,
      });
      return flow;
    });
  };
}

const EDGE_STYLE: Record<EdgeKind, { className: string; arrow: boolean }> = {
  causes: { className: "edge-causes", arrow: true },
  relates: { className: "edge-relates", arrow: false },
  contradicts: { className: "edge-contradicts", arrow: false },
};

/** Whether a link is drawn by OverviewLinks: it ends at a card its cluster draws itself. */
export const drawnByOverview = (edge: AnalysisEdge, drawnCards: ReadonlySet<string>) =>
  drawnCards.has(edge.source) || drawnCards.has(edge.target);

const NO_CARDS: ReadonlySet<string> = new Set();
const NO_SIZES: ReadonlyMap<string, Size> = new Map();

/**
 * React Flow edges. A link to a card inside a collapsed cluster is drawn to the cluster,
 * so collapsing never hides a causal claim. Links to cards a cluster draws itself (zoomed far
 * out) are left to OverviewLinks.
 */
export function createEdgeMapper() {
  const cache = new WeakMap<
    AnalysisEdge,
    {
      selected: boolean;
      source: string;
      target: string;
      labels: object;
      sides: string;
      flow: FlowEdge;
    }
  >();
  let previous: FlowEdge[] = [];
  return function toFlowEdges(
    analysis: Analysis,
    selectedEdgeIds: ReadonlySet<string>,
    kindLabels: Record<EdgeKind, string>,
    drawnCards: ReadonlySet<string> = NO_CARDS,
    sizes: ReadonlyMap<string, Size> = NO_SIZES,
  ): FlowEdge[] {
    const collapsedParent = new Map<string, string>();
    const collapsed = collapsedClusterIds(analysis);
    for (const node of analysis.nodes) {
      if (node.kind === "quote" && node.clusterId && collapsed.has(node.clusterId)) {
        collapsedParent.set(node.id, node.clusterId);
      }
    }
    const shown =
      drawnCards.size === 0
        ? analysis.edges
        : analysis.edges.filter((edge) => !drawnByOverview(edge, drawnCards));
    const boxes =
      shown.length === 0
        ? new Map<string, Box>()
        : new Map(placedNodes(analysis, sizes).map((p) => [p.node.id, p.box]));
    const next = shown.map((edge) => {
      const source = collapsedParent.get(edge.source) ?? edge.source;
      const target = collapsedParent.get(edge.target) ?? edge.target;
      const selected = selectedEdgeIds.has(edge.id);
      const sourceBox = boxes.get(source);
      const targetBox = boxes.get(target);
      const facing =
        sourceBox && targetBox
          ? facingSides(sourceBox, targetBox)
          : ({ from: "top", to: "bottom" } as const);
      const sides = `${facing.from} ${facing.to}`;
      const hit = cache.get(edge);
      if (
        hit &&
        hit.selected === selected &&
        hit.source === source &&
        hit.target === target &&
        hit.sides === sides &&
        hit.labels === kindLabels
      ) {
        return hit.flow;
      }
      const style = EDGE_STYLE[edge.kind];
      const flow: FlowEdge = {
        id: edge.id,
        source,
        target,
        // Leaves and enters by the sides that face each other, never looping behind a box.
        sourceHandle: facing.from,
        targetHandle: facing.to,
        selected,
        className: style.className,
        label: edge.label || undefined,
        // A white halo in CSS instead: the plate is measured once and would not follow the
        // label's zoom-dependent size.
        labelShowBg: false,
        ariaLabel: edge.label ? `${kindLabels[edge.kind]}: ${edge.label}` : kindLabels[edge.kind],
        data: { edge },
        ...(style.arrow
          ? {
              // The arrowhead in the link's own colour (React Flow's default is a pale grey).
              markerEnd: {
                type: MarkerType.ArrowClosed,
                width: 18,
                height: 18,
                color: LINK_STYLE[edge.kind].stroke,
              },
            }
          : {}),
      };
      cache.set(edge, { selected, source, target, labels: kindLabels, sides, flow });
      return flow;
    });
    // Same edges in the same order: keep the array, so React Flow does not rebuild its
    // connection lookup on every drag frame.
    if (next.length === previous.length && next.every((e, i) => e === previous[i])) return previous;
    previous = next;
    return next;
  };
}

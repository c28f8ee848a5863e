import type {
  Analysis,
  AnalysisNode,
  ClusterNode,
  NodeKind,
  QuoteNode,
} from "../../domain/analysis/analysis";
import { clusterSizes, MIN_CLUSTER } from "../../domain/analysis/clusterSize";
import type { EvidenceCount } from "../../domain/analysis/graph";
import { FIXED_SIZES } from "../../domain/layout/boxSizes";
import { handlesFor } from "./flowHandles";
import type { FlowNode, Size } from "./flowTypes";
import { peerSelectionId } from "./peerSelections";

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
  /** Nodes a colleague has selected (a shared analysis): described by who did (PeerPresence). */
  peerSelected?: ReadonlySet<string>;
  /** React Flow's own description of every node (how to move it by keyboard), kept with that. */
  nodeDescriptionId?: string;
}

const NOTHING_DRAWN: ReadonlyMap<string, readonly QuoteNode[]> = new Map();
const NONE_SELECTED: ReadonlySet<string> = new Set();

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
  peerSelected: boolean;
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
    peerSelected: selectedByPeers = NONE_SELECTED,
    nodeDescriptionId = "",
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
      const peerSelected = selectedByPeers.has(node.id);
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
        hit.peerSelected === peerSelected &&
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
        domAttributes: {
          "aria-roledescription": kindNames[node.kind],
          ...(peerSelected
            ? { "aria-describedby": `${nodeDescriptionId} ${peerSelectionId(node.id)}`.trim() }
            : {}),
        },
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
        peerSelected,
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

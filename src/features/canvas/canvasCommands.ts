import type { Analysis, EdgeKind, Position, Role } from "../../domain/analysis/analysis";
import { collapsedClusterIds } from "../../domain/analysis/geometry";
import {
  absolutePosition,
  addFactor,
  addNote,
  cardForQuote,
  centredOn,
  connect,
  copyFragment,
  type Fragment,
  freeSpotNear,
  groupIntoCluster,
  nodeById,
  parseFragment,
  pasteFragment,
  placeAcceptedClusters,
  placeIntoCluster,
  placeQuotes,
  removeElements,
  setCollapsed,
  setRole,
  ungroup,
} from "../../domain/analysis/operations";
import type { AcceptedCluster } from "../../domain/analysis/operations/suggested";
import type { Quote } from "../../domain/corpus/quote";
import { FACTOR_SIZE, NOTE_SIZE, QUOTE_SIZE } from "../../domain/layout/boxSizes";
import { arrangeClusterCards, moveOffOthers } from "../../domain/layout/clusterGrid";
import type { AppStore } from "../../state/createAppStore";
import { readClipboardText, writeClipboard } from "./clipboard";

const PASTE_OFFSET = { x: 40, y: 40 };

/** What commands need from the rendered canvas; a fake in tests. */
export interface CanvasView {
  /** The canvas point at the centre of the visible area: where new things appear. */
  centre(): Position;
  /** Brings a node into view and gives it keyboard focus. */
  reveal(nodeId: string): void;
  fitView(): void;
}

/** Nodes a person can see (cards in collapsed clusters are hidden), at canvas positions. */
function visibleNodes(analysis: Analysis): { id: string; position: Position }[] {
  const collapsed = collapsedClusterIds(analysis);
  return analysis.nodes
    .filter((n) => n.kind !== "quote" || n.clusterId === null || !collapsed.has(n.clusterId))
    .map((n) => ({ id: n.id, position: absolutePosition(analysis, n) }));
}

/** Nodes in reading order (top to bottom, left to right) for keyboard selection. */
function readingOrder<T extends { position: Position }>(nodes: T[]): T[] {
  return [...nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
}

/**
 * Every canvas command, shared by toolbar buttons and keyboard shortcuts so both do exactly
 * the same. Each document change is one undo step.
 */
export function createCanvasCommands(
  store: AppStore,
  view: CanvasView,
  texts: { newCluster: string },
) {
  const state = () => store.getState();
  const selected = () => [...state().selectedNodeIds];
  const focusNode = (id: string) => {
    state().select([id]);
    view.reveal(id);
  };
  /**
   * Applies an operation that adds nodes as one undo step and selects what it added; with
   * `edit` the one new node opens for typing.
   */
  const addAndSelect = (
    operation: (analysis: Analysis) => { analysis: Analysis; added: string[] },
    edit = false,
  ): string[] => {
    let added: string[] = [];
    state().change((a) => {
      const result = operation(a);
      added = result.added;
      return result.analysis;
    });
    if (added.length > 0) state().select(added);
    if (edit && added[0]) state().setEditing(added[0]);
    return added;
  };
  const link = (source: string, target: string, kind: EdgeKind) =>
    state().change((a) => connect(a, source, target, kind, state().ids).analysis);
  const pasteAndSelect = (fragment: Fragment) =>
    addAndSelect((a) => {
      const result = pasteFragment(a, fragment, PASTE_OFFSET, state().ids);
      return { analysis: moveOffOthers(result.analysis, result.nodeIds), added: result.nodeIds };
    });

  return {
    /**
     * Places a quote on the free spot nearest to where it was dropped (or centred in view),
     * or focuses its card when it is already on the canvas.
     */
    placeQuote(quote: Quote, at = centredOn(view.centre(), QUOTE_SIZE)): "placed" | "focused" {
      const existing = cardForQuote(state().analysis, quote.id);
      if (existing) {
        focusNode(existing.id);
        return "focused";
      }
      const corpusId = state().analysis.corpusId;
      addAndSelect((a) => {
        const result = placeQuotes(a, [quote], corpusId, at, state().ids);
        return { analysis: result.analysis, added: result.nodeIds };
      });
      return "placed";
    },
    /**
     * Puts quotes on the canvas together (the similar quotes with the one they are like), as one
     * undo step: into the cluster of the first quote's card when it is in one, else beside it
     * (or where the person is looking); quotes already on the canvas stay where they are.
     */
    placeTogether(quotes: readonly Quote[]): string[] {
      const analysis = state().analysis;
      const fresh = quotes.filter((q) => !cardForQuote(analysis, q.id));
      const first = quotes[0] ? cardForQuote(analysis, quotes[0].id) : undefined;
      // Into the cluster of the card that is there already, beside it, or where the person is looking.
      const at = first ? absolutePosition(analysis, first) : centredOn(view.centre(), QUOTE_SIZE);
      const clusterId = first?.clusterId ?? null;
      return addAndSelect((a) => {
        const result = clusterId
          ? placeIntoCluster(a, fresh, clusterId, state().ids)
          : placeQuotes(a, fresh, a.corpusId, at, state().ids);
        return { analysis: result.analysis, added: result.nodeIds };
      });
    },
    /** Accepted cluster proposals onto the canvas as clusters, all in one undo step. */
    placeClusters(accepted: readonly AcceptedCluster[]): string[] {
      return addAndSelect((a) => {
        const result = placeAcceptedClusters(a, accepted, a.corpusId, view.centre(), state().ids);
        return { analysis: result.analysis, added: result.clusterIds };
      });
    },
    group() {
      addAndSelect((a) => {
        const result = groupIntoCluster(a, selected(), texts.newCluster, state().ids);
        return { analysis: result.analysis, added: result.clusterId ? [result.clusterId] : [] };
      }, true);
    },
    /**
     * "Cluster ordenen": the selected clusters (and those of selected cards) get their cards in
     * a grid; a cluster that then covers another box moves to the nearest free spot.
     */
    tidyClusters() {
      const analysis = state().analysis;
      const clusters = new Set<string>();
      for (const id of selected()) {
        const node = nodeById(analysis, id);
        if (node?.kind === "cluster") clusters.add(node.id);
        else if (node?.kind === "quote" && node.clusterId !== null) clusters.add(node.clusterId);
      }
      if (clusters.size === 0) return;
      state().change((a) =>
        [...clusters].reduce(
          (acc, id) => moveOffOthers(acc, [id]),
          arrangeClusterCards(a, clusters),
        ),
      );
    },
    ungroup() {
      const clusters = selected().filter(
        (id) => nodeById(state().analysis, id)?.kind === "cluster",
      );
      state().change((a) => clusters.reduce((acc, id) => ungroup(acc, id), a));
    },
    toggleCollapsed() {
      const clusters = selected()
        .map((id) => nodeById(state().analysis, id))
        .filter((n) => n?.kind === "cluster");
      state().change((a) =>
        clusters.reduce(
          (acc, c) => (c?.kind === "cluster" ? setCollapsed(acc, c.id, !c.collapsed) : acc),
          a,
        ),
      );
    },
    setRole(role: Role | null) {
      const ids = selected();
      state().change((a) => setRole(a, ids, role));
    },
    /**
     * With two nodes selected, the first leads to the second. With one, keyboard linking
     * starts from it: choose the target with ] and [, then Enter (finishLink).
     */
    linkSelected(kind: EdgeKind = "causes") {
      const [source, target] = selected();
      if (source && target) {
        link(source, target, kind);
      } else if (source) {
        state().setLinkSource(source);
      }
    },
    finishLink() {
      const source = state().linkSourceId;
      const target = selected().at(-1);
      state().setLinkSource(null);
      if (source && target && target !== source) link(source, target, "causes");
    },
    cancelLink() {
      state().setLinkSource(null);
    },
    connect(source: string, target: string, kind: EdgeKind = "causes") {
      link(source, target, kind);
    },
    addFactor(role: Role | null = null) {
      addAndSelect((a) => {
        const position = freeSpotNear(a, centredOn(view.centre(), FACTOR_SIZE), FACTOR_SIZE);
        const result = addFactor(a, { label: "", role, position }, state().ids);
        return { analysis: result.analysis, added: [result.nodeId] };
      }, true);
    },
    addNote() {
      addAndSelect((a) => {
        const position = freeSpotNear(a, centredOn(view.centre(), NOTE_SIZE), NOTE_SIZE);
        const result = addNote(a, { text: "", position }, state().ids);
        return { analysis: result.analysis, added: [result.nodeId] };
      }, true);
    },
    deleteSelection() {
      const nodes = selected();
      const edges = [...state().selectedEdgeIds];
      state().change((a) => removeElements(a, nodes, edges));
      state().select([]);
    },
    copy() {
      const ids = selected();
      if (ids.length > 0) writeClipboard(copyFragment(state().analysis, ids));
    },
    paste() {
      const fragment = parseFragment(readClipboardText());
      if (fragment && fragment.nodes.length > 0) pasteAndSelect(fragment);
    },
    duplicate() {
      const ids = selected();
      if (ids.length > 0) pasteAndSelect(copyFragment(state().analysis, ids));
    },
    /** Selects the next (or previous) node in reading order; `extend` adds it to the selection. */
    selectNext(step: 1 | -1, extend = false) {
      const nodes = readingOrder(visibleNodes(state().analysis));
      if (nodes.length === 0) return;
      const current = selected();
      const last = current[current.length - 1];
      const index = nodes.findIndex((n) => n.id === last);
      const next = nodes[(index + step + nodes.length) % nodes.length] ?? nodes[0];
      if (!next) return;
      state().select(extend ? [...current.filter((id) => id !== next.id), next.id] : [next.id]);
      view.reveal(next.id);
    },
    selectAll() {
      state().select(state().analysis.nodes.map((n) => n.id));
    },
    clearSelection() {
      state().select([]);
      state().setEditing(null);
    },
    editSelected() {
      const [only] = selected();
      const node = only ? nodeById(state().analysis, only) : undefined;
      if (node && node.kind !== "quote") state().setEditing(node.id);
    },
    fitView() {
      view.fitView();
    },
    focusNode,
  };
}

export type CanvasCommands = ReturnType<typeof createCanvasCommands>;

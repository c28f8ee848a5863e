import type { TemporalState } from "zundo";
import type { StoreApi } from "zustand";
import {
  type Analysis,
  newAnalysis,
  type Position,
  type Viewport,
} from "../../domain/analysis/analysis";
import type { IdSource } from "../../domain/analysis/ids";
import type { Size } from "../../domain/analysis/layoutGraph";
import { moveNodes } from "../../domain/analysis/operations";
import { keepGoalsInStep } from "../../domain/goals/resync";
import type { SliceCreator } from "../sliceCreator";

export type HistoryState = { analysis: Analysis };

/**
 * An undo history that replaces the store's own while an analysis is shared: the Yjs undo
 * manager, which undoes only this person's edits (app/sync/bindAnalysis.ts).
 */
export interface UndoControl {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();

export interface CanvasSlice {
  /** The open analysis: the document. Every change to it is one undo step. */
  analysis: Analysis;
  /** Session state, never saved or undone. */
  selectedNodeIds: ReadonlySet<string>;
  selectedEdgeIds: ReadonlySet<string>;
  /** The document as it was when a drag began; the whole drag becomes one undo step. */
  dragOrigin: Analysis | null;
  /** The document as it was when typing into a form field began (fieldEdit). */
  fieldOrigin: Analysis | null;
  /** The node whose text is being edited inline, if any. */
  editingNodeId: string | null;
  /** Keyboard linking: the node a link will start from once a target is chosen. */
  linkSourceId: string | null;
  /** Rendered node sizes as React Flow measured them (session only). */
  nodeSizes: ReadonlyMap<string, Size>;
  ids: IdSource;
  /** Set while the analysis is shared: undo and redo go there instead of the store's history. */
  undoControl: UndoControl | null;
  setUndoControl(control: UndoControl | null): void;

  /** Shows another analysis (on its problem tree); its undo history starts empty. */
  openAnalysis(analysis: Analysis): void;
  /**
   * Puts a document in place of the open one without an undo step: what is no edit of this
   * person (another tab's save, corrections followed from the corpus, the viewport).
   */
  replaceAnalysis(analysis: Analysis): void;
  /** Applies a pure operation to the document as one undo step (nothing when it changes nothing). */
  change(operation: (analysis: Analysis) => Analysis): void;
  select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  beginDrag(): void;
  dragTo(positions: ReadonlyMap<string, Position>): void;
  /** Ends a drag; `finish` may tidy up (drop into a cluster, refit) within the same undo step. */
  endDrag(finish?: (analysis: Analysis) => Analysis): void;
  /**
   * A form field's edit (the goal editor, an action's fields) as one undo step, as a drag is:
   * every keystroke's change shows and saves at once, `end` records them as one entry.
   */
  beginFieldEdit(): void;
  endFieldEdit(): void;
  setViewport(viewport: Viewport): void;
  setEditing(nodeId: string | null): void;
  setLinkSource(nodeId: string | null): void;
  setNodeSizes(sizes: ReadonlyMap<string, Size>): void;
  undo(): void;
  redo(): void;
}

export const createCanvasSlice =
  (ids: IdSource, now: () => number): SliceCreator<CanvasSlice> =>
  (set, get, store) => {
    // zundo types its store extension as unknown inside slices; this is its documented shape.
    const history = () => (store.temporal as StoreApi<TemporalState<HistoryState>>).getState();
    return {
      analysis: newAnalysis({ id: ids.next("analysis"), title: "", corpusId: "", now: now() }),
      selectedNodeIds: EMPTY,
      selectedEdgeIds: EMPTY,
      dragOrigin: null,
      fieldOrigin: null,
      editingNodeId: null,
      linkSourceId: null,
      nodeSizes: new Map(),
      ids,
      undoControl: null,
      setUndoControl: (undoControl) => set({ undoControl }),

      openAnalysis: (analysis) => {
        // Another analysis opens on its problem tree; the same one (read again) keeps its view.
        const other = analysis.id !== get().analysis.id;
        // A drag or field edit still open ends here, unrecorded: the history starts anew.
        if (get().dragOrigin || get().fieldOrigin) history().resume();
        set({
          analysis,
          selectedNodeIds: EMPTY,
          selectedEdgeIds: EMPTY,
          dragOrigin: null,
          fieldOrigin: null,
          editingNodeId: null,
          linkSourceId: null,
          ...(other ? { goalView: false, goalSelection: null } : {}),
        });
        history().clear();
      },
      replaceAnalysis: (analysis) => {
        // Inside a drag or a field edit the history is paused already, and stays so.
        const tracking = history().isTracking;
        if (tracking) history().pause();
        set({ analysis });
        if (tracking) history().resume();
      },
      change: (operation) => {
        if (get().editAccess === "view") return;
        const current = get().analysis;
        const changed = operation(current);
        // The goal tree follows every edit of the problem tree or of itself (goals of vanished
        // elements marked, links following); a move (keyboard nudge, drag) touches neither.
        const next = keepGoalsInStep(current, changed);
        if (next !== current) set({ analysis: { ...next, updatedAt: now() } });
      },
      select: (nodeIds, edgeIds = []) =>
        set({ selectedNodeIds: new Set(nodeIds), selectedEdgeIds: new Set(edgeIds) }),
      beginDrag: () => {
        if (get().dragOrigin || get().editAccess !== "full") return;
        set({ dragOrigin: get().analysis });
        history().pause();
      },
      dragTo: (positions) => {
        if (get().editAccess === "full") set({ analysis: moveNodes(get().analysis, positions) });
      },
      endDrag: (finish) => {
        const origin = get().dragOrigin;
        if (!origin) return;
        // A drop can move cards between clusters: the goal tree follows (a merge of causes).
        const moved = keepGoalsInStep(origin, finish ? finish(get().analysis) : get().analysis);
        // Rewind to the pre-drag document while untracked, then record the whole drag at once.
        set({ analysis: origin, dragOrigin: null });
        history().resume();
        if (moved !== origin) set({ analysis: { ...moved, updatedAt: now() } });
      },
      beginFieldEdit: () => {
        if (get().fieldOrigin || get().dragOrigin || get().editAccess === "view") return;
        set({ fieldOrigin: get().analysis });
        history().pause();
      },
      endFieldEdit: () => {
        const origin = get().fieldOrigin;
        if (!origin) return;
        const edited = get().analysis;
        // As endDrag: rewind untracked, then record the whole edit as one step.
        set({ analysis: origin, fieldOrigin: null });
        history().resume();
        if (edited !== origin) set({ analysis: edited });
      },
      setViewport: (viewport) => {
        // The viewport is saved with the analysis but panning is not something to undo.
        get().replaceAnalysis({ ...get().analysis, viewport });
      },
      setEditing: (editingNodeId) => {
        if (editingNodeId === null || get().editAccess === "full") set({ editingNodeId });
      },
      setLinkSource: (linkSourceId) => set({ linkSourceId }),
      setNodeSizes: (updates) => {
        if (updates.size === 0) return;
        set({ nodeSizes: new Map([...get().nodeSizes, ...updates]) });
      },
      undo: () => {
        const shared = get().undoControl;
        if (shared) shared.undo();
        else history().undo();
      },
      redo: () => {
        const shared = get().undoControl;
        if (shared) shared.redo();
        else history().redo();
      },
    };
  };

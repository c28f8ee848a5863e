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

/**
 * Undo and redo of the open analysis: its Yjs document's undo manager, which undoes only this
 * person's edits (app/sync/bindAnalysis.ts). The store keeps no history of its own.
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
  /**
   * The analysis replaceAnalysis put in last: no edit of this person, so the binding writes it
   * into the document without an undo step.
   */
  replacedAnalysis: Analysis | null;
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
  /** Set while the analysis is bound to its Yjs document; undo and redo do nothing without. */
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
  (set, get) => {
    return {
      analysis: newAnalysis({ id: ids.next("analysis"), title: "", corpusId: "", now: now() }),
      replacedAnalysis: null,
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
        // A drag or field edit still open ends here, unrecorded. Its undo history starts anew
        // with the binding of its document (app/tabs/followOpenAnalysis).
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
      },
      replaceAnalysis: (analysis) => set({ analysis, replacedAnalysis: analysis }),
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
      },
      dragTo: (positions) => {
        if (get().editAccess === "full") set({ analysis: moveNodes(get().analysis, positions) });
      },
      endDrag: (finish) => {
        const origin = get().dragOrigin;
        if (!origin) return;
        // A drop can move cards between clusters: the goal tree follows (a merge of causes).
        const moved = keepGoalsInStep(origin, finish ? finish(get().analysis) : get().analysis);
        // The binding writes the whole drag into the document now: one undo step.
        set({
          analysis: moved === origin ? origin : { ...moved, updatedAt: now() },
          dragOrigin: null,
        });
      },
      beginFieldEdit: () => {
        if (get().fieldOrigin || get().dragOrigin || get().editAccess === "view") return;
        set({ fieldOrigin: get().analysis });
      },
      endFieldEdit: () => {
        const origin = get().fieldOrigin;
        if (!origin) return;
        // As endDrag: the binding writes the whole edit now, as one undo step.
        set({ fieldOrigin: null });
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
      undo: () => get().undoControl?.undo(),
      redo: () => get().undoControl?.redo(),
    };
  };

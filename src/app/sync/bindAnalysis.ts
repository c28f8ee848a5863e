import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import { permitParticipantChange } from "../../domain/analysis/participation";
import { analysisOfYDoc, sameJson, writeAnalysis } from "../../io/ydoc/analysisYDoc";
import type { AppStore } from "../../state/createAppStore";
import type { EditAccess } from "../../state/slices/shareSlice";

/** Marks the transactions of this person's edits: the only ones the undo manager records. */
export const LOCAL_ORIGIN = { name: "ontrafel-local-edit" };
/** How many of this person's steps undo keeps; the oldest go first. */
const UNDO_STEPS = 200;
/** Marks what this device writes that is no edit (replaceAnalysis: a corpus correction followed). */
const UNTRACKED_ORIGIN = { name: "ontrafel-local-no-edit" };

export interface AnalysisBinding {
  undoManager: Y.UndoManager;
  /** Writes the store's pending change into the document now (not a drag or field edit's). */
  flush(): void;
  stop(): void;
}

/**
 * The one binding between the store's analysis and a shared Yjs document. The document is the
 * source of truth: what arrives in it (a colleague's edit, an undo) is put in the store without
 * a step in the store's history; what this person changes in the store is written into it
 * (only what differs) as one transaction of LOCAL_ORIGIN, so Y.UndoManager undoes it and never
 * a colleague's edit. A drag or a form field's typing is written once, when it ends: one undo
 * step. The viewport stays on the device (panning never moves a colleague's view). A view-only
 * binding writes nothing and a participant's writes only what a participant may (their dots,
 * causes they add: participation.ts); a change made in the store anyway is put back.
 */
export function bindAnalysis(
  store: AppStore,
  doc: Y.Doc,
  options: {
    access: EditAccess;
    /**
     * The analysis the store was given as this document's content (read from the same stored
     * row): the store is not set again, and what was changed in it since is written in.
     */
    shown?: Analysis;
  },
): AnalysisBinding {
  const state = () => store.getState();
  const readOnly = options.access === "view";
  // The factors this participant added while connected: theirs to rename or remove.
  const own = new Set<string>();
  const permitted = (before: Analysis, after: Analysis): Analysis => {
    if (options.access !== "participant") return after;
    const self = state().self;
    if (!self) return before;
    const kept = permitParticipantChange(before, after, self.id, own);
    const earlier = new Set(before.nodes.map((n) => n.id));
    for (const node of kept.nodes) if (!earlier.has(node.id)) own.add(node.id);
    return kept;
  };
  let applyingFromDoc = false;
  let lastFromDoc: Analysis | null = null;

  /** Puts the document's analysis in the store (no undo step there), keeping this viewport. */
  const show = (analysis: Analysis) => {
    applyingFromDoc = true;
    try {
      state().replaceAnalysis({ ...analysis, viewport: state().analysis.viewport });
    } finally {
      applyingFromDoc = false;
    }
    lastFromDoc = state().analysis;
  };
  const fromDoc = () => {
    const result = analysisOfYDoc(doc);
    // Content that is no valid analysis (a newer Ontrafel, a broken peer) never reaches the store.
    if (result.ok) show(result.value);
  };

  if (options.shown) {
    const { shown } = options;
    lastFromDoc = shown;
    const read = analysisOfYDoc(doc);
    if (read.ok && !sameJson({ ...read.value, viewport: shown.viewport }, shown)) {
      // Another tab stored a newer state after the store read the row: that one is shown.
      // Otherwise the store holds what the document lacks (a rescued edit that storage could
      // not take at start-up), or was edited meanwhile: written in below, as this person's.
      if (state().analysis === shown && read.value.updatedAt > shown.updatedAt) show(read.value);
      else lastFromDoc = { ...read.value, viewport: shown.viewport };
    }
  } else if (doc.getMap("analysis").size === 0) {
    if (options.access === "full") writeAnalysis(doc, state().analysis);
    lastFromDoc = state().analysis;
  } else {
    const result = analysisOfYDoc(doc);
    if (result.ok) {
      state().openAnalysis(result.value);
      lastFromDoc = result.value;
    }
  }

  // Created after the first write, so the shared starting point cannot be undone.
  // biome-ignore lint/suspicious/noExplicitAny: Y.UndoManager takes types of any event type.
  const shared: Y.AbstractType<any>[] = [
    doc.getMap("analysis"),
    doc.getArray("nodes"),
    doc.getArray("edges"),
    doc.getArray("votingRounds"),
    doc.getMap("goalTree"),
    doc.getMap("coveredQuotes"),
  ];
  // captureTimeout 0: every transaction of this person is its own step (one store action each).
  const undoManager = new Y.UndoManager(shared, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 0,
  });
  // A change still waiting for its microtask is written first: undo takes back the latest step.
  const publishUndo = () =>
    state().setUndoControl({
      undo: () => {
        flush();
        undoManager.undo();
      },
      redo: () => {
        flush();
        undoManager.redo();
      },
      canUndo: undoManager.undoStack.length > 0,
      canRedo: undoManager.redoStack.length > 0,
    });
  publishUndo();
  undoManager.on("stack-item-added", () => {
    // Y.UndoManager keeps every step: a workshop's hours of edits would all stay in memory.
    const over = undoManager.undoStack.length - UNDO_STEPS;
    if (over > 0) undoManager.undoStack.splice(0, over);
    publishUndo();
  });
  undoManager.on("stack-item-popped", publishUndo);
  undoManager.on("stack-cleared", publishUndo);

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_ORIGIN && origin !== UNTRACKED_ORIGIN) fromDoc();
  };
  doc.on("update", onUpdate);

  let flushQueued = false;
  let stopped = false;
  const flush = () => {
    flushQueued = false;
    // A change queued before the binding stopped (bound again with another role) is not
    // written with this binding's access.
    if (stopped) return;
    const { analysis, dragOrigin, fieldOrigin, replacedAnalysis } = state();
    // A drag or a field edit is written when it ends.
    if (dragOrigin || fieldOrigin || analysis === lastFromDoc) return;
    if (readOnly) {
      if (lastFromDoc) show(lastFromDoc);
      return;
    }
    const allowed = lastFromDoc ? permitted(lastFromDoc, analysis) : analysis;
    // The document keeps the viewport it has: this device's panning is no change to it (and
    // no undo step).
    const kept = doc.getMap("analysis").get("viewport") as Analysis["viewport"] | undefined;
    // What replaceAnalysis put in is no edit of this person: no undo step (as a colleague's).
    const origin = analysis === replacedAnalysis ? UNTRACKED_ORIGIN : LOCAL_ORIGIN;
    writeAnalysis(doc, { ...allowed, viewport: kept ?? analysis.viewport }, origin);
    if (allowed === analysis) lastFromDoc = analysis;
    else show(allowed);
  };
  const queueFlush = () => {
    if (flushQueued) return;
    // After the current action: endDrag sets the document twice (rewind, then the result).
    flushQueued = true;
    queueMicrotask(flush);
  };
  const unsubscribe = store.subscribe((next, previous) => {
    if (applyingFromDoc) return;
    // endDrag/endFieldEdit may end with the analysis the last move or keystroke left.
    const ended =
      (previous.dragOrigin && !next.dragOrigin) || (previous.fieldOrigin && !next.fieldOrigin);
    if (next.analysis !== previous.analysis || ended) queueFlush();
  });
  // Changed in the store before the binding began: written in as this person's edit.
  if (state().analysis !== lastFromDoc) queueFlush();

  return {
    undoManager,
    flush,
    stop() {
      stopped = true;
      unsubscribe();
      doc.off("update", onUpdate);
      undoManager.destroy();
      state().setUndoControl(null);
    },
  };
}

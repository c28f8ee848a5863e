import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import { analysisOfYDoc, writeAnalysis } from "../../io/ydoc/analysisYDoc";
import type { AppStore } from "../../state/createAppStore";

/** Marks the transactions of this person's edits: the only ones the undo manager records. */
export const LOCAL_ORIGIN = { name: "ontrafel-local-edit" };

export interface AnalysisBinding {
  undoManager: Y.UndoManager;
  stop(): void;
}

/**
 * The one binding between the store's analysis and a shared Yjs document. The document is the
 * source of truth: what arrives in it (a colleague's edit, an undo) is put in the store without
 * a step in the store's history; what this person changes in the store is written into it
 * (only what differs) as one transaction of LOCAL_ORIGIN, so Y.UndoManager undoes it and never
 * a colleague's edit. A drag or a form field's typing is written once, when it ends: one undo
 * step. The viewport stays on the device (panning never moves a colleague's view). A read-only
 * binding writes nothing; a change made in the store anyway is put back.
 */
export function bindAnalysis(
  store: AppStore,
  doc: Y.Doc,
  options: { readOnly: boolean },
): AnalysisBinding {
  const state = () => store.getState();
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

  if (doc.getMap("analysis").size === 0) {
    if (!options.readOnly) writeAnalysis(doc, state().analysis);
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
  ];
  // captureTimeout 0: every transaction of this person is its own step (one store action each).
  const undoManager = new Y.UndoManager(shared, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 0,
  });
  const publishUndo = () =>
    state().setUndoControl({
      undo: () => undoManager.undo(),
      redo: () => undoManager.redo(),
      canUndo: undoManager.undoStack.length > 0,
      canRedo: undoManager.redoStack.length > 0,
    });
  publishUndo();
  undoManager.on("stack-item-added", publishUndo);
  undoManager.on("stack-item-popped", publishUndo);
  undoManager.on("stack-cleared", publishUndo);

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_ORIGIN) fromDoc();
  };
  doc.on("update", onUpdate);

  let flushQueued = false;
  const flush = () => {
    flushQueued = false;
    const { analysis, dragOrigin, fieldOrigin } = state();
    // A drag or a field edit is written when it ends (endDrag/endFieldEdit change the analysis).
    if (dragOrigin || fieldOrigin || analysis === lastFromDoc) return;
    if (options.readOnly) {
      if (lastFromDoc) show(lastFromDoc);
      return;
    }
    const viewport = lastFromDoc?.viewport ?? analysis.viewport;
    writeAnalysis(doc, { ...analysis, viewport }, LOCAL_ORIGIN);
    lastFromDoc = analysis;
  };
  const unsubscribe = store.subscribe((next, previous) => {
    if (applyingFromDoc || next.analysis === previous.analysis || flushQueued) return;
    // After the current action: endDrag sets the document twice (rewind, then the result).
    flushQueued = true;
    queueMicrotask(flush);
  });

  return {
    undoManager,
    stop() {
      unsubscribe();
      doc.off("update", onUpdate);
      undoManager.destroy();
      state().setUndoControl(null);
    },
  };
}

import { newAnalysis } from "../domain/analysis/analysis";
import { loadAnalysis, rememberLastOpened, saveAnalysis } from "../persistence/analysisRepo";
import type { OntrafelDb } from "../persistence/db";
import type { AnalysisSession } from "../services/session";
import type { AppStore } from "../state/createAppStore";
import { type Autosave, startAutosave } from "./autosave";
import { defaultTitle } from "./defaultTitle";
import { followOpenAnalysis, type OpenDocument } from "./tabs/followOpenAnalysis";

/** The session of the running app: the store's open analysis kept with its stored copy. */
export function createAnalysisSession(store: AppStore, db: OntrafelDb | null): AnalysisSession {
  // Saves go through the open analysis's Yjs document, so two tabs on one analysis merge.
  // Without IndexedDB the document is this tab's alone (undo and redo), and nothing is saved.
  const opened: OpenDocument = followOpenAnalysis(store, db);
  const autosave: Autosave | null = db
    ? startAutosave(store, opened.save, undefined, opened.unsaved)
    : null;
  // Start-up found the storage full: the open analysis (with its rescued edits) is stored by
  // the autosave's retries as soon as there is room, without waiting for another edit.
  if (autosave && store.getState().storageIssue?.kind === "quota") void autosave.resave();
  if (!db) {
    store.getState().setSaveState({ kind: "memoryOnly" });
    // A newer Ontrafel's database has its own, more useful banner.
    if (store.getState().storageIssue === null)
      store.getState().setStorageIssue({ kind: "unavailable" });
  }

  return {
    db,
    async open(id) {
      if (store.getState().analysis.id === id) {
        return { ok: true, value: store.getState().analysis };
      }
      if (!db) return null;
      await autosave?.flush();
      const result = await loadAnalysis(db, id);
      if (result?.ok) {
        store.getState().openAnalysis(result.value);
        await rememberLastOpened(db, id);
      }
      return result;
    },
    async create(title) {
      const state = store.getState();
      const corpus =
        state.corpusStatus.kind === "ready"
          ? state.corpusStatus.corpus.id
          : state.analysis.corpusId;
      const now = Date.now();
      const analysis = newAnalysis({
        id: state.ids.next("analysis"),
        title: title ?? (await defaultTitle(db, state.language, now)),
        corpusId: corpus,
        now,
      });
      if (db) await saveAnalysis(db, analysis);
      return analysis;
    },
    flush: () => autosave?.flush() ?? Promise.resolve(),
    stop: () => {
      autosave?.stop();
      opened.stop();
    },
  };
}

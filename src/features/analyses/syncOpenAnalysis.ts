import { newAnalysis } from "../../domain/analysis/analysis";
import { loadAnalysis } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import type { AppStore } from "../../state/createAppStore";

/**
 * The store keeps the last opened analysis while the overview shows. After the overview changed
 * that analysis's stored copy, the store takes the stored copy (or, when it went to the trash, an
 * unsaved blank stand-in), so neither reopening it nor the autosave brings the old state back.
 */
export async function syncOpenAnalysis(store: AppStore, db: OntrafelDb, id: string) {
  const state = store.getState();
  if (state.analysis.id !== id) return;
  const stored = await loadAnalysis(db, id);
  if (stored?.ok) {
    state.openAnalysis(stored.value);
    return;
  }
  // A new id: the autosave treats switching analyses as no edit, so the stand-in is never saved.
  state.openAnalysis(
    newAnalysis({
      id: state.ids.next("analysis"),
      title: "",
      corpusId: state.analysis.corpusId,
      now: Date.now(),
    }),
  );
}

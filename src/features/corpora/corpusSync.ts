import { listCorpora, readCorpus } from "../../persistence/corpusRepo";
import { listCorrections } from "../../persistence/correctionRepo";
import type { OntrafelDb } from "../../persistence/db";
import type { AppStore } from "../../state/createAppStore";
import { type CorpusChannel, corpusChanged } from "./corpusChannel";
import type { ShownCorpus } from "./shownCorpus";

/** Keeps the corpus list and the library in step with the open analysis and with other tabs. */
export interface CorpusSync {
  /** Reads the list of stored corpora into the store again. */
  refresh(): Promise<void>;
  /** Resolves once the corpus of the open analysis is shown (start-up, switching analyses). */
  settled(): Promise<void>;
}

export function startCorpusSync(
  store: AppStore,
  db: OntrafelDb | null,
  shown: ShownCorpus,
  channel: CorpusChannel | null,
): CorpusSync {
  let syncing: Promise<void> = Promise.resolve();

  const refresh = async () => {
    if (db) store.getState().setCorpora(await listCorpora(db));
  };

  /**
   * Another tab changed a corpus: the list, and the library when it shows that corpus, follow.
   * The cards are left to that tab, which follows the change in its analysis and stores it (tab
   * sync brings it here); this analysis's cards follow when it is opened next.
   */
  const reload = async (corpusId: string) => {
    if (!db) return;
    await refresh();
    if (shown.loaded()?.id !== corpusId) return;
    const read = await readCorpus(db, corpusId);
    if (read) shown.show(read.corpus, read.quotes, await listCorrections(db, corpusId));
    else await shown.showSeed(db);
  };
  channel?.addEventListener("message", (event) => {
    const corpusId = corpusChanged(event.data);
    if (!corpusId) return;
    syncing = syncing
      .then(() => reload(corpusId))
      .catch((error: unknown) => console.warn("corpus reload failed", error));
  });

  /** Loads the open analysis's corpus (when it is another than the one shown) and follows corrections. */
  const sync = async () => {
    const wanted = store.getState().analysis.corpusId;
    const current = shown.loaded();
    const read = db && wanted && current?.id !== wanted ? await readCorpus(db, wanted) : null;
    if (db && read) shown.show(read.corpus, read.quotes, await listCorrections(db, wanted));
    else if (current && !shown.corrected()) {
      // Start-up showed this corpus as parsed; only its corrections are still to apply.
      shown.show(current, store.getState().quotes, db ? await listCorrections(db, current.id) : []);
    }
    shown.follow();
  };
  const queueSync = () => {
    syncing = syncing
      .then(sync)
      .catch((error: unknown) => console.warn("corpus sync failed", error));
    return syncing;
  };

  store.subscribe((state, previous) => {
    if (
      state.analysis.id !== previous.analysis.id ||
      state.analysis.corpusId !== previous.analysis.corpusId
    )
      void queueSync();
  });
  syncing = refresh()
    .then(sync)
    .catch((error: unknown) => console.warn("corpus sync failed", error));

  return { refresh, settled: () => syncing };
}

import { translate } from "../i18n/messages";
import { type LoadedCorpus, loadOrImportCorpus } from "../persistence/corpusRepo";
import type { OntrafelDb } from "../persistence/db";
import type { AppStore } from "../state/createAppStore";

/**
 * Loads the bundled bloemlezing into the store: from IndexedDB when it is there and current,
 * else parsed and stored in one transaction. When the browser refuses storage the corpus is
 * parsed into memory so the library still works. Measures the import for the benchmark.
 */
export async function bootstrapCorpus(store: AppStore, openDb: () => OntrafelDb): Promise<void> {
  try {
    const { seedCorpusSource } = await import("../persistence/seedSource");
    const source = seedCorpusSource();
    let loaded: LoadedCorpus;
    let persisted = true;
    try {
      const db = openDb();
      await db.open();
      performance.mark("ontrafel:seed-import-start");
      loaded = await loadOrImportCorpus(db, source);
      if (loaded.imported)
        performance.measure("ontrafel:seed-import", "ontrafel:seed-import-start");
    } catch (error) {
      console.warn("IndexedDB unavailable, keeping the corpus in memory", error);
      persisted = false;
      const quotes = source.parse();
      loaded = {
        corpus: {
          id: source.id,
          name: source.name,
          kind: source.kind,
          contentHash: source.contentHash,
          parserVersion: source.parserVersion,
          quoteCount: quotes.length,
          importedAt: Date.now(),
        },
        quotes,
        imported: true,
      };
    }
    const state = store.getState();
    state.corpusLoaded(loaded.corpus, loaded.quotes, persisted);
    if (state.analysis.corpusId === "") {
      state.openAnalysis({
        ...state.analysis,
        corpusId: loaded.corpus.id,
        title: translate(state.language, "analysis.untitled"),
      });
    }
  } catch (error) {
    store.getState().corpusFailed(error instanceof Error ? error.message : String(error));
  }
}

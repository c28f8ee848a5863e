import {
  applyUserCorrections,
  type Correction,
  type CorrectionDraft,
  excerptOf,
  splitPartId,
} from "../../domain/corpus/corrections";
import { hash53 } from "../../domain/corpus/hash";
import type { ParsedCorpus } from "../../domain/corpus/import";
import { loadQuoteSearch } from "../../domain/corpus/search";
import { translate } from "../../i18n/messages";
import {
  analysesUsingCorpus,
  deleteCorpus,
  readCorpus,
  renameCorpus,
  storeCorpus,
  untilAborted,
} from "../../persistence/corpusRepo";
import { addCorrection, listCorrections, removeCorrection } from "../../persistence/correctionRepo";
import type { CorpusRecord, OntrafelDb } from "../../persistence/db";
import { openBroadcastChannel } from "../../services/channel";
import type { AppStore } from "../../state/createAppStore";
import { CORPUS_CHANNEL, type CorpusChannel } from "./corpusChannel";
import { corpusDownload } from "./corpusExport";
import { startCorpusSync } from "./corpusSync";
import { shownCorpus } from "./shownCorpus";

/** Import progress: which stage, and how far (done of total, in quotes or pages). */
export interface ImportProgress {
  stage: "reading" | "parsing" | "storing" | "indexing";
  done: number;
  total: number;
}

/** The app's link between the stored corpora, their corrections and the open analysis. */
export interface CorporaService {
  readonly db: OntrafelDb | null;
  /** Stores a parsed corpus (replacing one from the same source) and shows it in the open analysis. */
  store(
    parsed: ParsedCorpus,
    name: string,
    options?: {
      onProgress?(p: ImportProgress): void;
      signal?: AbortSignal;
      /** The quotes' search index, serialised, when the import worker built it. */
      searchIndex?: Promise<string | null>;
    },
  ): Promise<CorpusRecord>;
  /** The corpus id a source gets: the same file imported again replaces its corpus. */
  idFor(sourceName: string): string;
  use(corpusId: string): void;
  rename(id: string, name: string): Promise<void>;
  usage(id: string): Promise<{ id: string; title: string }[]>;
  remove(id: string): Promise<void>;
  exportJson(id: string): Promise<{ fileName: string; json: string } | null>;
  correct(draft: CorrectionDraft): Promise<void>;
  undo(correctionId: string): Promise<void>;
  /** Resolves once the corpus of the open analysis is shown (start-up, switching analyses). */
  settled(): Promise<void>;
}

/**
 * The corpora of the app, with `channel` to keep the browser's tabs in step: a corpus imported,
 * renamed, deleted or corrected in one tab is shown so in the others at once (their cards
 * follow the corrections), not after a reload. The commands live here; what the library shows
 * is `shownCorpus`, keeping it in step is `startCorpusSync`.
 */
export function startCorpora(
  store: AppStore,
  db: OntrafelDb | null,
  channel: CorpusChannel | null = db ? openBroadcastChannel(CORPUS_CHANNEL) : null,
): CorporaService {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(store.getState().language, key, params);
  const shown = shownCorpus(store, db);
  const { show, follow } = shown;
  const loadedCorpus = shown.loaded;
  const { refresh, settled } = startCorpusSync(store, db, shown, channel);
  const announce = (corpusId: string) => channel?.postMessage({ type: "corpus-changed", corpusId });

  const requireDb = (): OntrafelDb => {
    if (!db) throw new Error(t("corpora.noStorage"));
    return db;
  };

  const service: CorporaService = {
    db,
    settled,
    idFor: (sourceName) => `user-${hash53(sourceName.toLowerCase())}`,
    async store(parsed, name, options = {}) {
      const target = requireDb();
      const record: CorpusRecord = {
        id: service.idFor(parsed.sourceName),
        name,
        kind: "user",
        contentHash: hash53(parsed.quotes.map((q) => `${q.id}|${q.text}`).join("\n")),
        parserVersion: 1,
        quoteCount: parsed.quotes.length,
        importedAt: Date.now(),
        sourceName: parsed.sourceName,
      };
      const total = parsed.quotes.length;
      // First the search index the import worker builds (a cancel meanwhile stores nothing),
      // then the quotes in one transaction.
      options.onProgress?.({ stage: "indexing", done: 0, total });
      const json = await untilAborted(options.searchIndex ?? Promise.resolve(null), options.signal);
      performance.mark("ontrafel:corpus-import-index-ready");
      const stored = await storeCorpus(target, record, parsed.quotes, {
        signal: options.signal,
        onProgress: (done) => options.onProgress?.({ stage: "storing", done, total }),
      });
      performance.mark("ontrafel:corpus-import-stored");
      await refresh();
      // The corpus the open analysis uses is shown again at once; another one only when the
      // analysis is empty (a new analysis for this corpus), so placed cards never lose their corpus.
      const analysis = store.getState().analysis;
      if (analysis.corpusId === stored.id || analysis.nodes.length === 0) {
        // Shown from memory: no need to read back what was just written.
        const search = json ? loadQuoteSearch(json) : undefined;
        show(stored, parsed.quotes, await listCorrections(target, stored.id), search);
        service.use(stored.id);
        follow();
      }
      announce(stored.id);
      return stored;
    },
    use(corpusId) {
      store
        .getState()
        .change((analysis) =>
          analysis.corpusId === corpusId ? analysis : { ...analysis, corpusId },
        );
    },
    async rename(id, name) {
      await renameCorpus(requireDb(), id, name);
      await refresh();
      const shown = loadedCorpus();
      if (shown?.id === id)
        store.setState({
          corpusStatus: { kind: "ready", corpus: { ...shown, name }, persisted: true },
        });
      announce(id);
    },
    async usage(id) {
      // The analysis open on the canvas counts as it is now, saved or not: a card placed a
      // moment ago may still be waiting for the autosave.
      const stored = await analysesUsingCorpus(requireDb(), id);
      const { analysis: open, route } = store.getState();
      if (route.kind !== "analysis" || route.id !== open.id) return stored;
      const others = stored.filter((a) => a.id !== open.id);
      const openUses =
        open.corpusId === id || open.nodes.some((n) => n.kind === "quote" && n.corpusId === id);
      return openUses ? [{ id: open.id, title: open.title }, ...others] : others;
    },
    async remove(id) {
      await deleteCorpus(requireDb(), id);
      await refresh();
      // An analysis whose corpus is gone keeps its cards; the library falls back to the seed.
      if (loadedCorpus()?.id === id) await shown.showSeed(requireDb());
      announce(id);
    },
    async exportJson(id) {
      const shown = loadedCorpus();
      let quotes = shown?.id === id ? store.getState().quotes : null;
      let name = shown?.id === id ? shown.name : "";
      if (!quotes) {
        const read = await readCorpus(requireDb(), id);
        if (!read) return null;
        quotes = applyUserCorrections(read.quotes, await listCorrections(requireDb(), id)).quotes;
        name = read.corpus.name;
      }
      return corpusDownload(name, quotes, new Date());
    },
    async correct(draft) {
      const corpus = loadedCorpus();
      if (!corpus) return;
      const quote = store.getState().quotes.find((q) => q.id === draft.quoteId);
      const correction = {
        ...draft,
        id: `c_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`,
        corpusId: corpus.id,
        createdAt: Date.now(),
        excerpt: excerptOf(quote?.text ?? ""),
      } as Correction;
      if (db) await addCorrection(db, correction);
      show(corpus, store.getState().parsedQuotes, [...store.getState().corrections, correction]);
      follow();
      announce(corpus.id);
    },
    async undo(correctionId) {
      const corpus = loadedCorpus();
      const undone = store.getState().corrections.find((c) => c.id === correctionId);
      if (!corpus || !undone) return;
      if (db) await removeCorrection(db, correctionId);
      const rest = store.getState().corrections.filter((c) => c.id !== correctionId);
      show(corpus, store.getState().parsedQuotes, rest);
      const touched = new Set([undone.quoteId]);
      const redirects = new Map<string, string>();
      if (undone.kind === "split") redirects.set(splitPartId(undone), undone.quoteId);
      if (undone.kind === "merge") touched.add(undone.nextId);
      follow(touched, redirects);
      announce(corpus.id);
    },
  };
  return service;
}

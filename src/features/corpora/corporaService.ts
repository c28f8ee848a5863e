import { followCorrections } from "../../domain/analysis/followCorrections";
import {
  applyUserCorrections,
  type CorrectedCorpus,
  type Correction,
  type CorrectionDraft,
  excerptOf,
  splitPartId,
} from "../../domain/corpus/corrections";
import { hash53 } from "../../domain/corpus/hash";
import type { ParsedCorpus } from "../../domain/corpus/import";
import { exportCorpusFile } from "../../domain/corpus/import/corpusJson";
import type { Quote } from "../../domain/corpus/quote";
import { loadQuoteSearch, type QuoteSearch } from "../../domain/corpus/search";
import { translate } from "../../i18n/messages";
import {
  analysesUsingCorpus,
  deleteCorpus,
  ImportCancelled,
  listCorpora,
  readCorpus,
  renameCorpus,
  storeCorpus,
} from "../../persistence/corpusRepo";
import { addCorrection, listCorrections, removeCorrection } from "../../persistence/correctionRepo";
import type { CorpusRecord, OntrafelDb } from "../../persistence/db";
import { type MessageChannelLike, openBroadcastChannel } from "../../services/channel";
import type { AppStore } from "../../state/createAppStore";
import { registerCorporaService } from "./registry";

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

/** `promise`, or ImportCancelled as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ImportCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ImportCancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Tells the browser's other tabs that a stored corpus or its corrections changed. */
export interface CorpusChangedMessage {
  type: "corpus-changed";
  corpusId: string;
}

export type CorpusChannel = MessageChannelLike<CorpusChangedMessage>;

export const CORPUS_CHANNEL = "ontrafel-corpora";

function corpusChanged(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  return m.type === "corpus-changed" && typeof m.corpusId === "string" ? m.corpusId : null;
}

/**
 * The corpora of the app, with `channel` to keep the browser's tabs in step: a corpus imported,
 * renamed, deleted or corrected in one tab is shown so in the others at once (their cards
 * follow the corrections), not after a reload.
 */
export function startCorpora(
  store: AppStore,
  db: OntrafelDb | null,
  channel: CorpusChannel | null = db ? openBroadcastChannel(CORPUS_CHANNEL) : null,
): CorporaService {
  let corrected: CorrectedCorpus | null = null;
  let syncing: Promise<void> = Promise.resolve();
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(store.getState().language, key, params);

  const loadedCorpus = (): CorpusRecord | null => {
    const status = store.getState().corpusStatus;
    return status.kind === "ready" ? status.corpus : null;
  };

  /** Applies the loaded corrections to the open analysis's cards and tells about splits and merges. */
  const follow = (alsoTouched?: Set<string>, redirects?: Map<string, string>) => {
    const corpus = loadedCorpus();
    if (!corpus || !corrected) return;
    const { analysis, report } = followCorrections(
      store.getState().analysis,
      corpus.id,
      corrected,
      alsoTouched,
      redirects,
    );
    if (analysis === store.getState().analysis) return;
    // Following corrections is not an edit: no undo step.
    store.getState().replaceAnalysis(analysis);
    if (report.split > 0 || report.merged > 0)
      store.getState().setNotice((t) => {
        const notes: string[] = [];
        if (report.split > 0) notes.push(t("corrections.followedSplit", { count: report.split }));
        if (report.merged > 0)
          notes.push(t("corrections.followedMerged", { count: report.merged }));
        return notes.join(" ");
      });
  };

  const show = (
    corpus: CorpusRecord,
    parsed: readonly Quote[],
    corrections: readonly Correction[],
    search?: QuoteSearch,
  ) => {
    corrected = store.getState().showCorpus(corpus, parsed, corrections, db !== null, search);
  };

  const refresh = async () => {
    if (db) store.getState().setCorpora(await listCorpora(db));
  };

  const announce = (corpusId: string) => channel?.postMessage({ type: "corpus-changed", corpusId });

  /** The library falls back to the seed when its corpus is gone. */
  const showSeed = async (target: OntrafelDb) => {
    const seed = store.getState().corpora.find((c) => c.kind === "seed");
    const read = seed ? await readCorpus(target, seed.id) : null;
    if (read) show(read.corpus, read.quotes, await listCorrections(target, read.corpus.id));
  };

  /**
   * Another tab changed a corpus: the list, and the library when it shows that corpus, follow.
   * The cards are left to that tab, which follows the change in its analysis and stores it (tab
   * sync brings it here); this analysis's cards follow when it is opened next.
   */
  const reload = async (corpusId: string) => {
    if (!db) return;
    await refresh();
    if (loadedCorpus()?.id !== corpusId) return;
    const read = await readCorpus(db, corpusId);
    if (read) show(read.corpus, read.quotes, await listCorrections(db, corpusId));
    else await showSeed(db);
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
    const shown = loadedCorpus();
    const read = db && wanted && shown?.id !== wanted ? await readCorpus(db, wanted) : null;
    if (db && read) show(read.corpus, read.quotes, await listCorrections(db, wanted));
    else if (shown && corrected === null) {
      // Start-up showed this corpus as parsed; only its corrections are still to apply.
      show(shown, store.getState().quotes, db ? await listCorrections(db, shown.id) : []);
    }
    follow();
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

  const requireDb = (): OntrafelDb => {
    if (!db) throw new Error(t("corpora.noStorage"));
    return db;
  };

  const service: CorporaService = {
    db,
    settled: () => syncing,
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
      if (loadedCorpus()?.id === id) await showSeed(requireDb());
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
      const file = exportCorpusFile(name, quotes, new Date());
      const safe = name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "corpus";
      return { fileName: `${safe}.corpus.json`, json: JSON.stringify(file, null, 2) };
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
  registerCorporaService(service);
  return service;
}

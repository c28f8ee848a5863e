import { followCorrections } from "../../domain/analysis/followCorrections";
import type { CorrectedCorpus, Correction } from "../../domain/corpus/corrections";
import type { Quote } from "../../domain/corpus/quote";
import type { QuoteSearch } from "../../domain/corpus/search";
import { readCorpus } from "../../persistence/corpusRepo";
import { listCorrections } from "../../persistence/correctionRepo";
import type { CorpusRecord, OntrafelDb } from "../../persistence/db";
import type { AppStore } from "../../state/createAppStore";

/** The corpus the library shows, and the open analysis's cards following its corrections. */
export interface ShownCorpus {
  /** The corpus shown in the library, when it is ready. */
  loaded(): CorpusRecord | null;
  /** True once corrections have been applied to the shown corpus. */
  corrected(): boolean;
  show(
    corpus: CorpusRecord,
    parsed: readonly Quote[],
    corrections: readonly Correction[],
    search?: QuoteSearch,
  ): void;
  /** Applies the shown corrections to the open analysis's cards and tells about splits and merges. */
  follow(alsoTouched?: Set<string>, redirects?: Map<string, string>): void;
  /** The library falls back to the seed when its corpus is gone. */
  showSeed(target: OntrafelDb): Promise<void>;
}

export function shownCorpus(store: AppStore, db: OntrafelDb | null): ShownCorpus {
  let corrected: CorrectedCorpus | null = null;

  const loaded = (): CorpusRecord | null => {
    const status = store.getState().corpusStatus;
    return status.kind === "ready" ? status.corpus : null;
  };

  const show: ShownCorpus["show"] = (corpus, parsed, corrections, search) => {
    corrected = store.getState().showCorpus(corpus, parsed, corrections, db !== null, search);
  };

  const follow: ShownCorpus["follow"] = (alsoTouched, redirects) => {
    const corpus = loaded();
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

  const showSeed = async (target: OntrafelDb) => {
    const seed = store.getState().corpora.find((c) => c.kind === "seed");
    const read = seed ? await readCorpus(target, seed.id) : null;
    if (read) show(read.corpus, read.quotes, await listCorrections(target, read.corpus.id));
  };

  return { loaded, corrected: () => corrected !== null, show, follow, showSeed };
}

import {
  applyUserCorrections,
  type CorrectedCorpus,
  type Correction,
} from "../../domain/corpus/corrections";
import type { Quote } from "../../domain/corpus/quote";
import type { QuoteSearch } from "../../domain/corpus/search";
import type { CorpusRecord } from "../../persistence/db";
import type { SliceCreator } from "../sliceCreator";

/**
 * The stored corpora and the loaded corpus's corrections. The library shows the parsed
 * quotes with the corrections applied (through the library slice's `corpusLoaded`); the
 * parsed quotes are kept so a correction can be undone without reading storage again.
 */
export interface CorporaSlice {
  corpora: readonly CorpusRecord[];
  parsedQuotes: readonly Quote[];
  corrections: readonly Correction[];
  hiddenQuotes: readonly Quote[];
  unusedCorrections: readonly Correction[];
  setCorpora(corpora: readonly CorpusRecord[]): void;
  /**
   * Shows a corpus with its corrections applied; returns what the corrections did. `search`,
   * an index of the parsed quotes, is used when no correction changed them.
   */
  showCorpus(
    corpus: CorpusRecord,
    parsed: readonly Quote[],
    corrections: readonly Correction[],
    persisted: boolean,
    search?: QuoteSearch,
  ): CorrectedCorpus;
}

export const createCorporaSlice: SliceCreator<CorporaSlice> = (set, get) => ({
  corpora: [],
  parsedQuotes: [],
  corrections: [],
  hiddenQuotes: [],
  unusedCorrections: [],
  setCorpora: (corpora) => set({ corpora }),
  showCorpus: (corpus, parsed, corrections, persisted, search) => {
    const corrected = applyUserCorrections(parsed, corrections);
    set({
      parsedQuotes: parsed,
      corrections,
      hiddenQuotes: corrected.hidden,
      unusedCorrections: corrected.unused,
    });
    const unchanged = corrected.touched.size === 0 && corrected.hidden.length === 0;
    const status = get().corpusStatus;
    // Already shown exactly so (start-up without corrections): keep the list and its index.
    const same =
      status.kind === "ready" && status.corpus.id === corpus.id && parsed === get().quotes;
    if (!(unchanged && same))
      get().corpusLoaded(corpus, corrected.quotes, persisted, unchanged ? search : undefined);
    return corrected;
  },
});

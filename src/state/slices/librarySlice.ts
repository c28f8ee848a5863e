import type { Quote } from "../../domain/corpus/quote";
import { buildQuoteSearch, type QuoteSearch } from "../../domain/corpus/search";
import type { CorpusRecord } from "../../persistence/db";
import type { SliceCreator } from "../sliceCreator";

export type CorpusStatus =
  | { kind: "loading" }
  | { kind: "ready"; corpus: CorpusRecord; persisted: boolean }
  | { kind: "error"; message: string };

export interface LibrarySlice {
  corpusStatus: CorpusStatus;
  quotes: readonly Quote[];
  quoteSearch: QuoteSearch | null;
  query: string;
  chapterFilter: number | null;
  sectionFilter: string | null;
  /** Show only quotes that are not yet on the canvas (coverage work). */
  unplacedOnly: boolean;
  expandedQuoteIds: ReadonlySet<string>;
  /**
   * Shows a corpus; `search` is its index when one was built elsewhere (an import worker). The
   * same quotes shown again (start-up's stored record for the bundled quotes) keep their index.
   */
  corpusLoaded(
    corpus: CorpusRecord,
    quotes: readonly Quote[],
    persisted: boolean,
    search?: QuoteSearch,
  ): void;
  corpusFailed(message: string): void;
  setQuery(query: string): void;
  setChapterFilter(chapter: number | null): void;
  setSectionFilter(section: string | null): void;
  setUnplacedOnly(unplacedOnly: boolean): void;
  resetFilters(): void;
  toggleQuoteExpanded(id: string): void;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get) => ({
  corpusStatus: { kind: "loading" },
  quotes: [],
  quoteSearch: null,
  query: "",
  chapterFilter: null,
  sectionFilter: null,
  unplacedOnly: false,
  expandedQuoteIds: new Set(),
  corpusLoaded: (corpus, quotes, persisted, search) => {
    const same = get().quotes === quotes ? get().quoteSearch : null;
    set({
      corpusStatus: { kind: "ready", corpus, persisted },
      quotes,
      quoteSearch: search ?? same ?? buildQuoteSearch(quotes),
    });
  },
  corpusFailed: (message) => set({ corpusStatus: { kind: "error", message } }),
  setQuery: (query) => set({ query }),
  // A section belongs to one chapter, so choosing another chapter clears the section.
  setChapterFilter: (chapterFilter) => set({ chapterFilter, sectionFilter: null }),
  setSectionFilter: (sectionFilter) => set({ sectionFilter }),
  setUnplacedOnly: (unplacedOnly) => set({ unplacedOnly }),
  resetFilters: () =>
    set({ query: "", chapterFilter: null, sectionFilter: null, unplacedOnly: false }),
  toggleQuoteExpanded: (id) =>
    set((state) => {
      const next = new Set(state.expandedQuoteIds);
      if (!next.delete(id)) next.add(id);
      return { expandedQuoteIds: next };
    }),
});

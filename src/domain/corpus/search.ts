import MiniSearch from "minisearch";
import type { Quote } from "./quote";

/** A search hit: the quote id, its relevance and the indexed terms that matched (for highlighting). */
export interface SearchHit {
  id: string;
  score: number;
  terms: readonly string[];
}

export interface QuoteSearch {
  /** Ranked hits for a free-text query; an empty query gives no hits. */
  search(query: string): SearchHit[];
  /** Builds the index now if it is not built yet (called when the page is idle). */
  prepare(): void;
}

const NOT_ASCII = /\P{ASCII}/u;

/** Lower case without diacritics, so "coördinator" finds "coordinator" and the other way round. */
export function foldTerm(term: string): string {
  // Plain ASCII (most Dutch words) has nothing to strip: lower case is all it needs.
  if (!NOT_ASCII.test(term)) return term.toLowerCase();
  return term
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Words as the index sees them: letters and digits, keeping inner hyphens and slashes apart. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** Whether `tokenize` finds a word in the text at all (without splitting it). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Typo tolerance grows with word length: none for short words, one edit from 4, two from 8 letters. */
function fuzziness(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

const INDEX_OPTIONS = {
  fields: ["text", "sectionTitle"],
  storeFields: [],
  tokenize,
  processTerm: (term: string) => foldTerm(term),
  extractField: (doc: Quote, field: string) => String(doc[field as keyof Quote] ?? ""),
};

function searchOver(index: () => MiniSearch<Quote>): QuoteSearch {
  return {
    prepare: () => void index(),
    search(query) {
      if (!HAS_WORD.test(query)) return [];
      // MiniSearch's results are hits as they are (the ids are the quotes' string ids): no copy
      // of thousands of results for a two-letter prefix.
      return index().search(query, {
        prefix: (term) => term.length >= 2,
        fuzzy: (term) => fuzziness(term),
        maxFuzzy: 2,
        combineWith: "AND",
        boost: { text: 2 },
      });
    },
  };
}

function indexOf(quotes: readonly Quote[]): MiniSearch<Quote> {
  const index = new MiniSearch<Quote>(INDEX_OPTIONS);
  index.addAll(quotes as Quote[]);
  return index;
}

/**
 * Search over `quotes`. The index is built on the first query, or before it by `prepare`, so
 * the library shows its quotes without waiting for the index.
 */
export function buildQuoteSearch(quotes: readonly Quote[]): QuoteSearch {
  let index: MiniSearch<Quote> | null = null;
  return searchOver(() => {
    index ??= indexOf(quotes);
    return index;
  });
}

/**
 * The index of `quotes` as text, built where it does not block the page (the import worker)
 * and loaded with `loadQuoteSearch` several times faster than building it again.
 */
export function serializeQuoteSearch(quotes: readonly Quote[]): string {
  return JSON.stringify(indexOf(quotes));
}

export function loadQuoteSearch(json: string): QuoteSearch {
  const index = MiniSearch.loadJSON<Quote>(json, INDEX_OPTIONS);
  return searchOver(() => index);
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a quote into plain and matching runs for highlighting; a word matches when its
 * folded form is one of the hit's terms. Rendering these as text keeps quotes inert.
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0) return [{ text, match: false }];
  const wanted = new Set(terms);
  const segments: TextSegment[] = [];
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  let plain = "";
  for (const part of parts) {
    if (part && wanted.has(foldTerm(part))) {
      if (plain) segments.push({ text: plain, match: false });
      segments.push({ text: part, match: true });
      plain = "";
    } else {
      plain += part;
    }
  }
  if (plain) segments.push({ text: plain, match: false });
  return segments;
}

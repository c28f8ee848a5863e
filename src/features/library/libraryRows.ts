import { matchesFilter, type QuoteFilter } from "../../domain/corpus/outline";
import type { Quote } from "../../domain/corpus/quote";
import type { QuoteSearch } from "../../domain/corpus/search";

export type LibraryRow =
  | { kind: "chapter"; key: string; chapter: number; title: string; count: number }
  | {
      kind: "section";
      key: string;
      section: string;
      title: string | null;
      count: number;
    }
  | { kind: "quote"; key: string; quote: Quote; terms: readonly string[] };

export interface LibraryView {
  rows: LibraryRow[];
  quoteCount: number;
  byRelevance: boolean;
}

const NO_TERMS: readonly string[] = [];

/**
 * What the library list shows. Without a query: every matching quote in reading order under
 * chapter and section headers with counts. With a query: hits by relevance, each quote
 * carrying the terms to highlight.
 */
export function libraryView(
  quotes: readonly Quote[],
  search: QuoteSearch | null,
  query: string,
  filter: QuoteFilter,
): LibraryView {
  if (query.trim() && search) {
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const rows: LibraryRow[] = [];
    for (const hit of search.search(query)) {
      const quote = byId.get(hit.id);
      if (quote && matchesFilter(quote, filter)) {
        rows.push({ kind: "quote", key: quote.id, quote, terms: hit.terms });
      }
    }
    return { rows, quoteCount: rows.length, byRelevance: true };
  }
  const matching = quotes.filter((q) => matchesFilter(q, filter));
  return { rows: groupedRows(matching), quoteCount: matching.length, byRelevance: false };
}

type ChapterRow = Extract<LibraryRow, { kind: "chapter" }>;
type SectionRow = Extract<LibraryRow, { kind: "section" }>;

function groupedRows(quotes: readonly Quote[]): LibraryRow[] {
  const rows: LibraryRow[] = [];
  let chapterRow: ChapterRow | undefined;
  let sectionRow: SectionRow | undefined;
  for (const quote of quotes) {
    if (!chapterRow || chapterRow.chapter !== quote.chapter) {
      chapterRow = {
        kind: "chapter",
        key: `c${quote.chapter}`,
        chapter: quote.chapter,
        title: quote.chapterTitle,
        count: 0,
      };
      rows.push(chapterRow);
      sectionRow = undefined;
    }
    if (!sectionRow || sectionRow.section !== quote.section) {
      sectionRow = {
        kind: "section",
        key: `s${quote.chapter}|${quote.section}|${rows.length}`,
        section: quote.section,
        title: quote.sectionTitle,
        count: 0,
      };
      rows.push(sectionRow);
    }
    chapterRow.count++;
    sectionRow.count++;
    rows.push({ kind: "quote", key: quote.id, quote, terms: NO_TERMS });
  }
  return rows;
}

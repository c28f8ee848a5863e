import { CHAPTER_TITLES_SEED, type Quote } from "../../src/domain/corpus/quote";

let counter = 0;

/** A quote with sensible defaults; tests state only the fields they care about. */
export function makeQuote(overrides: Partial<Quote> = {}): Quote {
  counter++;
  const chapter = overrides.chapter ?? 2;
  return {
    id: `q_test_${counter}`,
    text: `Citaat nummer ${counter}.`,
    chapter,
    chapterTitle: CHAPTER_TITLES_SEED[chapter] ?? `Hoofdstuk ${chapter}`,
    section: `${chapter}.1`,
    sectionTitle: "Testthema",
    page: 11,
    source: "002_test.txt",
    pullQuote: false,
    ...overrides,
  };
}

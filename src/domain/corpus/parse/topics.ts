import { bareWord } from "./language";

/**
 * What a section is about: the words its quotes (and its title) use. Where the two columns
 * of a page are in different sections (a heading in one column only), a line whose column
 * the layout cannot decide goes where its words are at home: "(Kennis van) AVG is beperkt"
 * belongs with the privacy quotes of 2.11, not with 2.10. A word counts by how rare it is
 * in the corpus (idf), so "mensenhandel" says little and "AVG" much.
 */

export interface TopicQuote {
  readonly text: string;
  readonly section: string;
  readonly page: number | null;
}

export interface Topics {
  /**
   * How much better the words of `text`, printed on `page`, are at home in `section` than in
   * `other`: the summed log ratio of their shares in the two sections' quotes (and titles).
   * The quotes of that page that hold the text's
   * words themselves are left out: a line is no evidence for the section the first reading
   * gave it.
   */
  readonly preference: (
    text: string,
    section: string,
    other: string,
    page: number | null,
  ) => number;
}

const STOPWORDS = new Set(
  "aan als bij dan dat deze die dit door een en er geen het hier hun iets in is maar meer met na naar niet nog of om ook op over te tot uit van veel voor wat we wel wij wordt worden zijn zich zij ze zo zoals".split(
    " ",
  ),
);

/** Lower-cased words of four or more letters that carry content, each once. */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.split(/\s+/)) {
    // A word broken at the line end ("ondermij-") is not a word of its own.
    if (/-$/.test(token)) continue;
    const word = bareWord(token).toLowerCase();
    if (word.length >= 4 && !STOPWORDS.has(word)) words.add(word);
  }
  return [...words];
}

/** Smoothing of a section's word shares: a section of few quotes says little about a word. */
const SMOOTHING = 2;

export function learnTopics(
  quotes: readonly TopicQuote[],
  titles: ReadonlyMap<string, string>,
): Topics {
  // Every quote and every title is a "document" of its section: the set of its content words.
  const documents = [
    ...quotes.map((q) => ({
      section: q.section,
      page: q.page,
      words: new Set(contentWords(q.text)),
    })),
    ...[...titles].map(([section, title]) => ({
      section,
      page: undefined,
      words: new Set(contentWords(title)),
    })),
  ];
  const documentFrequency = new Map<string, number>();
  // Per section: how many of its documents use each word, and how many it has.
  const sections = new Map<string, { size: number; uses: Map<string, number> }>();
  for (const d of documents) {
    const entry = sections.get(d.section) ?? { size: 0, uses: new Map<string, number>() };
    sections.set(d.section, entry);
    entry.size++;
    for (const word of d.words) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
      entry.uses.set(word, (entry.uses.get(word) ?? 0) + 1);
    }
  }
  const total = documents.length;
  // log P(word | section) / P(word) summed over the text's words, the section's share
  // smoothed toward the corpus's: a word the section never uses counts against it.
  const score = (words: readonly string[], section: string, page: number | null) => {
    // The quotes of this page that hold (nearly) all the words: the text's own first reading.
    const own = documents.filter((d) => {
      if (d.section !== section || d.page !== page) return false;
      const inside = words.filter((w) => d.words.has(w)).length;
      return inside > 0 && inside >= words.length - 1;
    });
    const entry = sections.get(section);
    const size = (entry?.size ?? 0) - own.length;
    let sum = 0;
    for (const word of words) {
      const share = ((documentFrequency.get(word) ?? 0) + 1) / (total + 1);
      const uses = (entry?.uses.get(word) ?? 0) - own.filter((d) => d.words.has(word)).length;
      sum += Math.log((uses + SMOOTHING * share) / (size + SMOOTHING) / share);
    }
    return sum;
  };
  return {
    preference(text, section, other, page) {
      const words = contentWords(text);
      return score(words, section, page) - score(words, other, page);
    },
  };
}

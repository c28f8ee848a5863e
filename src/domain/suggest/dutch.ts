import { newStemmer } from "snowball-stemmers";
import { nl as stopwordList } from "stopwords-iso/stopwords-iso.json";
import { foldTerm } from "../corpus/search";

/** One word of a text as the suggestions see it: where it stands, and its folded and stemmed form. */
export interface Token {
  /** Offsets into the original text (for highlighting shared words). */
  start: number;
  end: number;
  /** Lower case, diacritics removed ("coördinatie" → "coordinatie"). */
  folded: string;
  /** The Dutch Snowball stem of the folded word. */
  stem: string;
  /** A function word (de, het, omdat …) that says nothing about the topic. */
  stop: boolean;
}

// Letters and digits, with apostrophes inside a word ("auto's") kept in the word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const STOPWORDS: ReadonlySet<string> = new Set([
  ...stopwordList.map(foldTerm),
  // Frequent in consultation quotes in every theme, so they tell nothing about one.
  "wel",
  "nog",
  "ook",
  "heel",
  "erg",
]);

const dutchStemmer = newStemmer("dutch");
const stemCache = new Map<string, string>();

/** The Snowball stem of a folded Dutch word (memoised: a corpus repeats its words). */
export function stemDutch(folded: string): string {
  let stem = stemCache.get(folded);
  if (stem === undefined) {
    stem = dutchStemmer.stem(folded);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(folded, stem);
  }
  return stem;
}

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

/**
 * The words of a Dutch text. Hyphens and slashes separate words, so a hyphenated compound
 * ("loverboy-problematiek") and a shared-tail pair ("zorg-/opvang") give their parts; an
 * apostrophe inside a word is dropped ("auto's" → "autos"); single letters and bare numbers
 * are left out (they carry no topic).
 */
export function tokenizeDutch(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldTerm(match[0]).replace(/['’]/g, "");
    if (folded.length < 2 || /^\d+$/.test(folded)) continue;
    const start = match.index;
    tokens.push({
      start,
      end: start + match[0].length,
      folded,
      stem: stemDutch(folded),
      stop: isStopword(folded),
    });
  }
  return tokens;
}

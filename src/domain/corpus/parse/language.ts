import type { LanguageModel } from "./lineOptions";

const SENTENCE_END = /[.?!:;][”’"')]*$/;

/** A token without leading and trailing punctuation: "(verblijfs-)perspectief." -> "verblijfs-)perspectief". */
export function bareWord(token: string): string {
  return token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

/** Word pairs seen at least this often inside lines: a column join rarely repeats one. */
const PAIR_MIN_COUNT = 2;

export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/**
 * Learns which capitalised words are ordinary words at a sentence start (they mostly occur
 * in lower case, and rarely capitalised mid-sentence) as opposed to names and
 * abbreviations (Nederland, AVG, "Wetboek van Strafrecht"), and which word pairs the
 * corpus uses ("criminele uitbuiting", "uit te"): a pair across a line end that the corpus
 * knows is evidence that the two lines belong to one column.
 */
export function learnLanguage(lines: readonly string[]): LanguageModel {
  const lower = new Map<string, number>();
  const midCapital = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const word = bareWord(tokens[i] ?? "");
      if (i > 0) {
        const key = pairKey(bareWord(tokens[i - 1] ?? "").toLowerCase(), word.toLowerCase());
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
      if (!word) continue;
      if (/^\p{Ll}/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
      else if (i > 0 && !SENTENCE_END.test(tokens[i - 1] ?? ""))
        midCapital.set(word, (midCapital.get(word) ?? 0) + 1);
    }
  }
  const words = new Set<string>();
  for (const word of lower.keys()) words.add(word.toLowerCase());
  for (const word of midCapital.keys()) words.add(word.toLowerCase());
  const sentenceStarters = new Set<string>();
  for (const [word, count] of lower) {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    // Column joins also put a capital mid-line now and then, so allow a few.
    if (count >= 2 && (midCapital.get(capital) ?? 0) * 4 < count) sentenceStarters.add(capital);
  }
  const pairs = new Set<string>();
  for (const [pair, count] of pairCounts) if (count >= PAIR_MIN_COUNT) pairs.add(pair);
  return { sentenceStarters, words, pairs };
}

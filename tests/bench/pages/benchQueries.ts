import type { Quote } from "../../../src/domain/corpus/quote";
import { pick, seededRandom } from "../../helpers/syntheticCorpus";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Words worth searching for: content-bearing words of at least five letters. */
function searchableWords(quotes: readonly Quote[]): string[] {
  const words = new Set<string>();
  for (const quote of quotes.slice(0, 500)) {
    for (const word of quote.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 5) words.add(word);
    }
  }
  return [...words].sort();
}

/** One typing mistake: a letter replaced, dropped, added or swapped with its neighbour. */
function misspell(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = pick(random, [...LETTERS]);
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1);
  }
}

/**
 * The queries a person types into the library search, in equal parts: whole words,
 * prefixes of 3–5 letters (search as you type), words with one typo, and two-word queries.
 */
export function makeBenchQueries(quotes: readonly Quote[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const words = searchableWords(quotes);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = pick(random, words);
    switch (i % 4) {
      case 0:
        queries.push(word);
        break;
      case 1:
        queries.push(word.slice(0, 3 + Math.floor(random() * 3)));
        break;
      case 2:
        queries.push(misspell(word, random));
        break;
      default:
        queries.push(`${word} ${pick(random, words)}`);
    }
  }
  return queries;
}

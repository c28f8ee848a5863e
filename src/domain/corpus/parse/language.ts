import type { LanguageModel } from "./lineOptions";

const SENTENCE_END = /[.?!:;][”’"')]*$/;

/** A token without leading and trailing punctuation: "(verblijfs-)perspectief." -> "verblijfs-)perspectief". */
export function bareWord(token: string): string {
  return token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

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
  const allWords = new Set<string>();
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const word = bareWord(tokens[i] ?? "");
      if (i > 0) {
        const key = pairKey(bareWord(tokens[i - 1] ?? "").toLowerCase(), word.toLowerCase());
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
      if (!word) continue;
      allWords.add(word.toLowerCase());
      if (/^\p{Ll}/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
      else if (i > 0 && !SENTENCE_END.test(tokens[i - 1] ?? ""))
        midCapital.set(word, (midCapital.get(word) ?? 0) + 1);
    }
  }
  const words = allWords;
  const sentenceStarters = new Set<string>();
  for (const [word, count] of lower) {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    // Column joins also put a capital mid-line now and then, so allow a few.
    if (count >= 2 && (midCapital.get(capital) ?? 0) * 4 < count) sentenceStarters.add(capital);
  }
  return {
    sentenceStarters,
    words,
    endings: sharedEndings(words),
    adjacency: adjacencyModel(pairCounts),
  };
}

/** Endings of three to eight letters that at least two words, three letters longer or more, end in. */
function sharedEndings(words: ReadonlySet<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (word.endsWith("-")) continue;
    for (let n = 3; n <= Math.min(8, word.length - 3); n++) {
      const ending = word.slice(-n);
      counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
  }
  const endings = new Set<string>();
  for (const [ending, count] of counts) if (count >= 2) endings.add(ending);
  return endings;
}

/** Absolute discount of the bigram model (Kneser-Ney's usual value). */
const DISCOUNT = 0.75;
/** A pair never seen is evidence against it only after a word seen this often, */
const MIN_EVIDENCE = 40;
/**
 * ... and only where chance alone would have put b after a at least this often (count of a
 * times the share of b): "de het" (about 40 times by chance) is evidence, "de grens" (0.2) is not.
 */
const MIN_EXPECTED = 1;

/**
 * How much more likely word b is right after word a than anywhere: the log of P(b | a) over
 * P(b), from a bigram model with absolute discounting learned on the corpus's lines. Above
 * zero the two words read as running text ("betrokken bij", "uit te"), below zero as words
 * that meet only by chance. `seenHere` pair occurrences are left out of the counts: a line
 * that joins two columns taught the model its own cross-column pair, which is no evidence.
 */
function adjacencyModel(
  pairCounts: ReadonlyMap<string, number>,
): (a: string, b: string, seenHere?: number) => number {
  const unigram = new Map<string, number>();
  const leftTotal = new Map<string, number>();
  const followers = new Map<string, number>();
  let total = 0;
  for (const [pair, count] of pairCounts) {
    const [a = "", b = ""] = pair.split(" ");
    if (!a || !b) continue;
    unigram.set(b, (unigram.get(b) ?? 0) + count);
    leftTotal.set(a, (leftTotal.get(a) ?? 0) + count);
    followers.set(a, (followers.get(a) ?? 0) + 1);
    total += count;
  }
  const vocabulary = unigram.size + 1;
  const cache = new Map<string, number>();
  return (a, b, seenHere = 0) => {
    if (!a || !b) return 0;
    const key = seenHere > 0 ? `${a} ${b} ${seenHere}` : `${a} ${b}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const pB = ((unigram.get(b) ?? 0) + 0.5) / (total + 0.5 * vocabulary);
    let pair = (pairCounts.get(pairKey(a, b)) ?? 0) - seenHere;
    const ofA = (leftTotal.get(a) ?? 0) - seenHere;
    let types = followers.get(a) ?? 0;
    if (pair <= 0) {
      // A pair never seen says something only after a word seen often enough, and only where
      // b is common enough that the pair would have been seen by chance.
      if (ofA < MIN_EVIDENCE || ofA * pB < MIN_EXPECTED) {
        cache.set(key, 0);
        return 0;
      }
      if (seenHere > 0) types -= 1;
      pair = 0;
    }
    const pBgivenA =
      ofA > 0 ? (Math.max(pair - DISCOUNT, 0) + DISCOUNT * Math.max(1, types) * pB) / ofA : pB;
    const ratio = Math.log(pBgivenA / pB);
    cache.set(key, ratio);
    return ratio;
  };
}

import { normaliseForId } from "../hash";

/**
 * Pull quotes repeat, in large type, a quote printed normally on the same page. A pull
 * quote that matches such a quote only flags it; one whose normal copy is not on the page
 * (it was on a missing page) is kept as the only copy, flagged as a pull quote.
 */

export interface PageQuote {
  text: string;
  pullQuote: boolean;
}

/** Index of the normal quote a pull quote repeats, or -1. */
export function findRepeatedQuote(pull: string, normal: readonly string[]): number {
  const key = normaliseForId(pull);
  if (key.length === 0) return -1;
  let best = -1;
  for (let i = 0; i < normal.length; i++) {
    const candidate = normaliseForId(normal[i] ?? "");
    if (candidate === key) return i;
    // A pull quote may shorten its quote; it is then a large part of it.
    if (best < 0 && key.length >= 20 && candidate.includes(key)) best = i;
  }
  return best;
}

/**
 * When a pull quote repeats only the start of a normal paragraph, the paragraph is really
 * two quotes that the layout could not separate: the pull quote shows where the first ends.
 * Returns the repeated head and the rest, or null.
 */
export function splitAtPull(text: string, pull: string): [string, string] | null {
  const pullWords = normaliseForId(pull).split(" ").filter(Boolean);
  const words = text.split(/(?<=\s)/);
  let consumed = 0;
  let count = 0;
  for (const word of words) {
    if (count >= pullWords.length) break;
    consumed += word.length;
    count += normaliseForId(word).split(" ").filter(Boolean).length;
  }
  if (count !== pullWords.length) return null;
  const head = text.slice(0, consumed).trim();
  const rest = text.slice(consumed).trim();
  if (!rest || !/^[\p{Lu}“‘"(•]/u.test(rest) || normaliseForId(head) !== pullWords.join(" "))
    return null;
  return [head, rest];
}

export interface PullLine {
  readonly index: number;
  readonly text: string;
}

/**
 * The pull-quote lines that spell out `quote` in order, or null. Two pull quotes side by
 * side interleave their lines, so lines of the other one are skipped. `normalised` holds
 * each line's normalised text (computed once per page).
 */
export function linesSpelling<T extends PullLine>(
  quote: string,
  lines: readonly T[],
  normalised: ReadonlyMap<T, string>,
): T[] | null {
  const key = normaliseForId(quote);
  let pos = 0;
  const used: T[] = [];
  for (const line of lines) {
    const words = normalised.get(line) ?? "";
    if (!words) continue;
    const end = pos + words.length;
    if (key.startsWith(words, pos) && (end === key.length || key[end] === " ")) {
      used.push(line);
      pos = end + 1;
      if (pos >= key.length) return used;
    }
  }
  return null;
}

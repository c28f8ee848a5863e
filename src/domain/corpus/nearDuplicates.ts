import type { Quote } from "./quote";
import { foldTerm, tokenize } from "./search";

/** A quote shorter than this many words is not taken for an excerpt of another. */
const MIN_EXCERPT_WORDS = 5;

/** The words of a quote as compared here: folded, without punctuation or line breaks. */
function wordsOf(text: string): string {
  return tokenize(foldTerm(text)).join(" ");
}

/**
 * Quotes that say the same: the same words (ignoring case, diacritics, punctuation and line
 * breaks) anywhere in the corpus, or one quote's words inside another's on the same page (a
 * pull quote printed beside the body quote it repeats). Each group lists quote ids in corpus
 * order; groups come in the order of their first quote. Linear in the corpus, plus pairs
 * within a page.
 */
export function nearDuplicateGroups(quotes: readonly Quote[]): string[][] {
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const words = quotes.map((q) => wordsOf(q.text));
  const same = new Map<string, number>();
  const pages = new Map<string, number[]>();
  words.forEach((w, i) => {
    const first = same.get(w);
    if (first === undefined) same.set(w, i);
    else join(first, i);
    const quote = quotes[i] as Quote;
    if (quote.page === null) return;
    const key = `${quote.source}\u0000${quote.page}`;
    const onPage = pages.get(key);
    if (onPage) onPage.push(i);
    else pages.set(key, [i]);
  });
  const padded = words.map((w) => ` ${w} `);
  for (const members of pages.values())
    for (const a of members) {
      const inner = padded[a] as string;
      if ((words[a] as string).split(" ").length < MIN_EXCERPT_WORDS) continue;
      for (const b of members) if (a !== b && (padded[b] as string).includes(inner)) join(a, b);
    }
  const groups = new Map<number, string[]>();
  quotes.forEach((q, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(q.id);
    else groups.set(root, [q.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

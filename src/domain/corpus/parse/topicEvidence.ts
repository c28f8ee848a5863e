import type { PartInfo } from "./lineOptions";
import type { TextLine } from "./lines";

/**
 * What the sections of a page are about, for a page whose columns are in different sections
 * (a heading in one column): a line goes to the column whose section its words belong to.
 */
export interface TopicEvidence {
  /** Section at the top of the left column, and of the right column (the left column's last). */
  readonly leftTop: string | null;
  readonly rightTop: string | null;
  /** How much better the words of a text are at home in `section` than in `other` (see topics.ts). */
  readonly preference: (text: string, section: string, other: string) => number;
}

/** Weight of topic evidence, and its bound per line part: it breaks ties, it does not overrule layout. */
const TOPIC_WEIGHT = 0.05;
const TOPIC_MAX = 15;

export function sectionOf(order: number): string {
  return `${Math.floor(order / 100)}.${order % 100}`;
}

/**
 * Cost of the topic of part `p` in its stream's section `own` while the other column is in
 * section `other`: how much better the other section fits its words (0 where both are one).
 */
export function topicCost(
  topic: TopicEvidence,
  line: TextLine,
  p: PartInfo,
  own: string | null,
  other: string | null,
  cache: Map<string, number>,
): number {
  if (own === null || other === null || own === other) return 0;
  const key = `${line.index}:${p.from}:${p.to}:${own}:${other}`;
  let cost = cache.get(key);
  if (cost === undefined) {
    const text = line.tokens.slice(p.from, p.to).join(" ");
    const better = -topic.preference(text, own, other);
    cost = TOPIC_WEIGHT * Math.min(TOPIC_MAX, Math.max(0, better));
    cache.set(key, cost);
  }
  return cost;
}

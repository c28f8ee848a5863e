import { hash53, normaliseForId } from "../hash";

/**
 * Stable quote ids: a hash of the normalised text and the section, so re-parsing keeps the
 * references analyses hold. A quote printed twice in one section gets "-2", "-3" in
 * reading order.
 */
export function assignIds<T extends { text: string; section: string }>(
  quotes: readonly T[],
): Array<T & { id: string }> {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const base = `q_${hash53(`${normaliseForId(q.text)}|${q.section}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...q, id: count === 1 ? base : `${base}-${count}` };
  });
}

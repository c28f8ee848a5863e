/**
 * Joining the lines of one paragraph. A word broken at the line end ("ervarings-" +
 * "deskundigen", or with a stray space "veroor -" + "delingen") is rejoined; genuine
 * hyphens stay ("18-min", "wet- en regelgeving", "zorg-/opvang"). Only hyphens are
 * rejoined: a line ending in "/" is followed by a space like any other line end.
 */

export interface ParagraphLine {
  readonly text: string;
  /** The extraction kept a space after this line (reliable only for a line's last part). */
  readonly trailingSpace: boolean;
}

/** Appends `next` to the paragraph text `acc` that ends with `previous`. */
export function joinLine(acc: string, previous: ParagraphLine, next: string): string {
  if (acc === "") return next;
  if (next.startsWith("• ") || next === "•") return `${acc}\n${next}`;
  // "veroor -" + "delingen": a broken word with a stray space before the hyphen; a
  // spaced dash ("toekomstperspectief - ") keeps its trailing space and stays a dash.
  if (/\s-$/.test(acc) && !previous.trailingSpace && /^\p{Ll}/u.test(next))
    return acc.slice(0, -2) + next;
  if (/\p{L}-$/u.test(acc)) {
    // "wet- " + "en regelgeving": a real hyphen followed by a space.
    if (previous.trailingSpace && /^\p{Ll}/u.test(next)) return `${acc} ${next}`;
    // "Samenwerkings-" + "Verbanden": keep the hyphen before a capital.
    if (/^\p{Lu}/u.test(next)) return acc + next;
    return acc.slice(0, -1) + next;
  }
  return `${acc} ${next}`;
}

export function joinLines(lines: readonly ParagraphLine[]): string {
  let acc = "";
  let previous: ParagraphLine = { text: "", trailingSpace: false };
  for (const line of lines) {
    acc = joinLine(acc, previous, line.text);
    previous = line;
  }
  return acc;
}

import { textWidth } from "./glyphWidths";

/** One extracted text line, cut into words with their printed widths. */
export interface TextLine {
  /** Index of the line within its page (after footer and blank lines are removed). */
  readonly index: number;
  readonly tokens: readonly string[];
  readonly widths: readonly number[];
  /** gaps[k] is true when two or more spaces precede token k: the extraction kept the left line's own trailing space, so the columns are joined there. */
  readonly wideGap: readonly boolean[];
  /** The line ended in a space: in this extraction that marks a wrapped (not paragraph-final) line. */
  readonly trailingSpace: boolean;
  /** The line ended in two spaces: broken by hand, not by width, so the next word may have fitted. */
  readonly brokenByHand: boolean;
}

export const SPACE_WIDTH = textWidth(" ");

export function toTextLine(raw: string, index: number): TextLine {
  const trailingSpace = /\s$/.test(raw) || /\s`$/.test(raw);
  const brokenByHand = /\S\s{2,}$/.test(raw);
  const body = raw.trim();
  const tokens: string[] = [];
  const wideGap: boolean[] = [];
  for (const match of body.matchAll(/(\s*)(\S+)/g)) {
    // A stray backtick ("dus `") is an extraction artefact, not text.
    if (match[2] === "`") continue;
    tokens.push(match[2] ?? "");
    wideGap.push((match[1] ?? "").length >= 2);
  }
  return { index, tokens, widths: tokens.map(textWidth), wideGap, trailingSpace, brokenByHand };
}

/** Printed width of tokens [from, to) set with single spaces. */
export function spanWidth(line: TextLine, from: number, to: number): number {
  let width = 0;
  for (let k = from; k < to; k++) width += line.widths[k] ?? 0;
  return width + Math.max(0, to - from - 1) * SPACE_WIDTH;
}

export const SECTION_NUMBER = /^\d\.\d{1,2}$/;

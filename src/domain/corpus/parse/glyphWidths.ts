/**
 * Approximate advance widths (1/1000 em) of Helvetica/Arial, the kind of proportional
 * sans-serif the bloemlezing is set in. Printed width, not character count, tells
 * whether the next word would still have fitted on a line.
 */
const ASCII_WIDTHS: readonly number[] = [
  // 32..126
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space .. /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556, // 0..9
  278,
  278,
  584,
  584,
  584,
  556,
  1015, // : ; < = > ? @
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833, // A..M
  722,
  778,
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611, // N..Z
  278,
  278,
  278,
  469,
  556,
  333, // [ \ ] ^ _ `
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833, // a..m
  556,
  556,
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500, // n..z
  334,
  260,
  334,
  584, // { | } ~
];

const EXTRA_WIDTHS: Readonly<Record<string, number>> = {
  "‘": 222,
  "’": 222,
  "“": 333,
  "”": 333,
  "•": 350,
  "–": 556,
  "—": 1000,
  "€": 556,
  "…": 1000,
  "°": 400,
};

/** Width of one character in 1/1000 em; accented letters take their base letter's width. */
export function glyphWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? 556;
  const extra = EXTRA_WIDTHS[ch];
  if (extra !== undefined) return extra;
  const base = ch.normalize("NFD").charAt(0);
  const baseCode = base.charCodeAt(0);
  if (baseCode >= 32 && baseCode <= 126) return ASCII_WIDTHS[baseCode - 32] ?? 556;
  return 556;
}

/** Printed width of a string in 1/1000 em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += glyphWidth(ch);
  return width;
}

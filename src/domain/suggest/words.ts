import { type Token, tokenizeDutch } from "./dutch";

/** A piece of a text for display: `shared` pieces are words the other quote also has. */
export interface TextPiece {
  text: string;
  shared: boolean;
}

/** The content stems of a text (stopwords left out). */
export function contentStems(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => !t.stop).map((t) => t.stem));
}

/** Content stems both texts have, in the order the first text uses them. */
export function sharedStems(a: string, b: string): string[] {
  const other = contentStems(tokenizeDutch(b));
  const shared = new Set<string>();
  for (const token of tokenizeDutch(a))
    if (!token.stop && other.has(token.stem)) shared.add(token.stem);
  return [...shared];
}

/** The text cut into pieces, the words whose stem is in `stems` marked as shared. */
export function markWords(text: string, stems: ReadonlySet<string>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const token of tokenizeDutch(text)) {
    if (token.stop || !stems.has(token.stem)) continue;
    if (token.start > at) pieces.push({ text: text.slice(at, token.start), shared: false });
    pieces.push({ text: text.slice(token.start, token.end), shared: true });
    at = token.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), shared: false });
  return pieces;
}

/**
 * How a stem reads best: the form it is written in most often among `texts` (lower case,
 * diacritics kept; ties to the shorter, then alphabetical form).
 */
export function commonForms(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const token of tokenizeDutch(text)) {
      if (token.stop) continue;
      const form = text.slice(token.start, token.end).toLowerCase();
      let forms = counts.get(token.stem);
      if (!forms) {
        forms = new Map();
        counts.set(token.stem, forms);
      }
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const [stem, forms] of counts) {
    const [form] = [...forms].sort(
      ([fa, ca], [fb, cb]) => cb - ca || fa.length - fb.length || (fa < fb ? -1 : fa > fb ? 1 : 0),
    )[0] as [string, number];
    best.set(stem, form);
  }
  return best;
}

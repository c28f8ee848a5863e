import { z } from "zod";
import { joinedQuote, type Quote } from "../quote";

/**
 * Reviewed corrections for cases the text alone cannot decide, kept as data and applied
 * after parsing. Each names its page and the start of the quote it expects; a correction
 * whose quote is not found (the parser changed) is skipped and reported, never applied to
 * another quote. Each also names the parser rule it stands in for (`rule`), so a better
 * rule can replace it. These are the project's, reviewed in code; a person's own correction of
 * a stored quote is a `Correction` (../corrections.ts), stored in the database.
 */
export type ParserCorrection = z.infer<typeof parserCorrectionSchema>;

/** The decisions of the parser a correction can stand in for. */
const ruleSchema = z.enum([
  /** Where a joined line is cut between the columns (which words belong to which column). */
  "split point",
  /** Which column a line that holds one column only belongs to. */
  "lone line column",
  /** Whether a column's next line continues the quote or starts a new one. */
  "quote boundary",
  /** Which normal line a large-type pull-quote line interleaves with. */
  "pull quote lines",
]);
export type ParserCorrectionRule = z.infer<typeof ruleSchema>;

/** Every correction says which parser rule it stands in for, and why, checked against the text. */
const common = { rule: ruleSchema, why: z.string().min(1) };
const page = z.number().int().positive();
const text = z.string().min(1);

export const parserCorrectionSchema = z.discriminatedUnion("kind", [
  /** Replace `find` (occurring once) inside the quote that starts with `quoteStart`. */
  z.strictObject({
    kind: z.literal("replace"),
    page,
    quoteStart: text,
    find: text,
    replace: z.string(),
    ...common,
  }),
  /** One parsed quote is really several: split it before each of `before`. */
  z.strictObject({
    kind: z.literal("split"),
    page,
    quoteStart: text,
    before: z.array(text).min(1),
    ...common,
  }),
  /** A section title the layout could not separate from the other column's text. */
  z.strictObject({ kind: z.literal("sectionTitle"), section: text, title: text, ...common }),
  /** Two parsed quotes are one: the quote starting with `second` continues `first`. */
  z.strictObject({ kind: z.literal("merge"), page, first: text, second: text, ...common }),
]);

type Draft = Omit<Quote, "id">;

export interface ParserCorrectionResult {
  readonly quotes: Draft[];
  /** Corrections that found nothing to correct. */
  readonly unused: readonly ParserCorrection[];
}

function find(quotes: readonly Draft[], page: number, start: string): number {
  return quotes.findIndex((q) => q.page === page && q.text.startsWith(start));
}

export function applyParserCorrections(
  quotes: readonly Draft[],
  corrections: readonly ParserCorrection[],
): ParserCorrectionResult {
  const out = [...quotes];
  const unused: ParserCorrection[] = [];
  for (const c of corrections) {
    if (c.kind === "replace") {
      const i = find(out, c.page, c.quoteStart);
      const q = out[i];
      if (q?.text.split(c.find).length !== 2) {
        unused.push(c);
        continue;
      }
      if (q) out[i] = { ...q, text: q.text.replace(c.find, c.replace) };
    } else if (c.kind === "split") {
      const i = find(out, c.page, c.quoteStart);
      const q = out[i];
      const cuts = q ? c.before.map((b) => q.text.indexOf(b)) : [];
      if (!q || cuts.some((cut) => cut <= 0)) {
        unused.push(c);
        continue;
      }
      const bounds = [0, ...cuts.sort((a, b) => a - b), q.text.length];
      const parts = bounds
        .slice(0, -1)
        .map((b, k) => ({ ...q, text: q.text.slice(b, bounds[k + 1]).trim() }));
      out.splice(i, 1, ...parts);
    } else if (c.kind === "sectionTitle") {
      let used = false;
      out.forEach((q, k) => {
        if (q.section !== c.section) return;
        out[k] = { ...q, sectionTitle: c.title };
        used = true;
      });
      if (!used) unused.push(c);
    } else {
      const i = find(out, c.page, c.first);
      const j = find(out, c.page, c.second);
      const first = out[i];
      const second = out[j];
      if (!first || !second || i === j) {
        unused.push(c);
        continue;
      }
      out[i] = joinedQuote(first, second);
      out.splice(j, 1);
    }
  }
  return { quotes: out, unused };
}

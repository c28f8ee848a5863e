import type { Quote } from "../corpus/quote";
import type { Analysis, QuoteNode } from "./analysis";

/**
 * How a quote card's snapshot relates to the corpus as it is now: the same, changed (the
 * corpus has other text or another place for it, e.g. after a parser fix), or missing (the
 * quote is gone). The card always keeps its snapshot; drift is only ever shown, never applied.
 */
export type QuoteDrift = "same" | "changed" | "missing";

const FIELDS = [
  "text",
  "chapter",
  "chapterTitle",
  "section",
  "sectionTitle",
  "page",
  "source",
] as const;

export function quoteDrift(node: QuoteNode, quotesById: ReadonlyMap<string, Quote>): QuoteDrift {
  const quote = quotesById.get(node.quoteId);
  if (!quote) return "missing";
  return FIELDS.every((field) => node.snapshot[field] === quote[field]) ? "same" : "changed";
}

/**
 * Drift of every quote card taken from `corpusId` (cards from other corpora cannot be checked
 * against it and are left out). Only cards that drifted are listed.
 */
export function analysisDrift(
  analysis: Analysis,
  corpusId: string,
  quotesById: ReadonlyMap<string, Quote>,
): Map<string, Exclude<QuoteDrift, "same">> {
  const drifted = new Map<string, Exclude<QuoteDrift, "same">>();
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.corpusId !== corpusId) continue;
    const drift = quoteDrift(node, quotesById);
    if (drift !== "same") drifted.set(node.id, drift);
  }
  return drifted;
}

export function quotesById(quotes: readonly Quote[]): Map<string, Quote> {
  return new Map(quotes.map((quote) => [quote.id, quote]));
}

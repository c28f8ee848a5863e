import type { Analysis } from "../analysis";

/**
 * Marks a quote as covered by a near-identical one on the canvas (`by`), so the analyst places
 * one copy and the others count as covered. The same analysis when nothing changes (a quote
 * covering itself, or the same mark again).
 */
export function markCovered(analysis: Analysis, quoteId: string, by: string): Analysis {
  if (quoteId === by || analysis.coveredQuotes[quoteId] === by) return analysis;
  return { ...analysis, coveredQuotes: { ...analysis.coveredQuotes, [quoteId]: by } };
}

/** Takes a quote's covered mark away; the same analysis when it had none. */
export function unmarkCovered(analysis: Analysis, quoteId: string): Analysis {
  if (!(quoteId in analysis.coveredQuotes)) return analysis;
  const { [quoteId]: _, ...rest } = analysis.coveredQuotes;
  return { ...analysis, coveredQuotes: rest };
}

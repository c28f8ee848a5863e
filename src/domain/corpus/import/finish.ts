import type { ImportResult } from "../../importError";
import { fail, ok } from "../../result";
import { assignIds } from "../parse/ids";
import type { Quote } from "../quote";
import type { ParsedCorpus, SourceFormat, WarningTally } from "./parsedCorpus";

export type QuoteDraft = Omit<Quote, "id">;

/** A quote longer than this probably swallowed its neighbours (no blank line between them). */
export const LONG_QUOTE_CHARS = 2000;

/**
 * The common end of every parser: stable ids (hash of normalised text and section), and the
 * warnings every format shares. A source without a single quote is an error, not a corpus.
 */
export function finishCorpus(
  drafts: readonly QuoteDraft[],
  meta: { name: string; sourceName: string; format: SourceFormat },
  warnings: WarningTally,
  where: (index: number) => string = () => "",
): ImportResult<ParsedCorpus> {
  if (drafts.length === 0) return fail({ kind: "noQuotes" });
  const quotes = assignIds(drafts);
  quotes.forEach((quote, i) => {
    if (quote.text.length > LONG_QUOTE_CHARS) warnings.add("longQuote", where(i));
    if (/-\d+$/.test(quote.id)) warnings.add("duplicateQuotes", where(i));
  });
  return ok({ ...meta, quotes, warnings: warnings.list() });
}

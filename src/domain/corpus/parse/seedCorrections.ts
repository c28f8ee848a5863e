import { z } from "zod";
import { type ParserCorrection, parserCorrectionSchema } from "./parserCorrections";
import table from "./seedCorrections.json" with { type: "json" };

/**
 * Reviewed corrections for the seed bloemlezing (the table in seedCorrections.json), applied
 * after parsing (the parser's own output stays available with `corrections: false`). Keep the
 * list small: each entry is a case where the extracted text alone cannot decide, checked
 * against the seed text, with the reason. Found by reading the parsed output of the whole
 * corpus, not only the hand-checked pages. The table is read through its schema, so a
 * mistyped entry fails at once rather than silently correcting nothing.
 */
export const SEED_CORRECTIONS: readonly ParserCorrection[] = z
  .array(parserCorrectionSchema)
  .parse(table);

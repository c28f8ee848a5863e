import { z } from "zod";
import { quoteSchema } from "../../domain/corpus/quote";
import type { StoredRecordType } from "./storedRecord";

/**
 * A quote as stored (Dexie table `quotes`): the domain quote plus its corpus and reading order.
 * Version 1: every row so far.
 */
export const storedQuoteSchema = quoteSchema.extend({
  corpusId: z.string().min(1),
  order: z.number().int().nonnegative(),
});
export type StoredQuote = z.infer<typeof storedQuoteSchema>;

export const storedQuoteType: StoredRecordType<StoredQuote> = {
  table: "quotes",
  current: 1,
  steps: {},
  schema: storedQuoteSchema,
};

/**
 * A run of an imported corpus's quotes in reading order (Dexie table `quoteBlocks`): one record
 * instead of a thousand. Version 1: every row so far.
 */
export const quoteBlockSchema = z.object({
  corpusId: z.string().min(1),
  block: z.number().int().nonnegative(),
  quotes: z.array(quoteSchema),
});
export type QuoteBlockRecord = z.infer<typeof quoteBlockSchema>;

export const quoteBlockType: StoredRecordType<QuoteBlockRecord> = {
  table: "quoteBlocks",
  current: 1,
  steps: {},
  schema: quoteBlockSchema,
};

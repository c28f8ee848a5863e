import { z } from "zod";
import type { StoredRecordType } from "./storedRecord";

/**
 * One stored corpus (Dexie table `corpora`): the seed bloemlezing or a user's own.
 * Version 1: every row so far. `sourceName` and `storage` came with database version 3 and are
 * absent from older rows.
 */
export const corpusRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(["seed", "user"]),
  /** Hash of the source text plus parser version: a change triggers a re-import. */
  contentHash: z.string(),
  parserVersion: z.number().int().nonnegative(),
  quoteCount: z.number().int().nonnegative(),
  importedAt: z.number(),
  /** File a user corpus was imported from (absent for the seed and for records before version 3). */
  sourceName: z.string().optional(),
  /**
   * How the quotes are stored: one row each in `quotes` (absent: the seed and every record
   * before version 3), or in blocks of reading order in `quoteBlocks` (imported corpora).
   */
  storage: z.enum(["rows", "blocks"]).optional(),
});
export type CorpusRecord = z.infer<typeof corpusRecordSchema>;

export const corpusRecordType: StoredRecordType<CorpusRecord> = {
  table: "corpora",
  current: 1,
  steps: {},
  schema: corpusRecordSchema,
};

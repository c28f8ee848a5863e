import { z } from "zod";
import type { StoredRecordType } from "./storedRecord";

/**
 * The JSON of a stored analysis (Dexie table `analysisJson`, database version 5), kept apart
 * from its row in `analyses` so that what needs only the row (a save keeps the row's trash mark
 * and opening time; trashing, restoring, noting an opening) never reads the document, which is
 * over a megabyte at 2,000 nodes. The document is the analysis format of domain/analysis (its own
 * versions and migrations) and is validated by readAnalysis whenever it is read. Version 1:
 * every row so far.
 */
export const analysisJsonSchema = z.object({
  id: z.string().min(1),
  analysis: z.unknown(),
});
export type AnalysisJsonRecord = z.infer<typeof analysisJsonSchema>;

export const analysisJsonRecordType: StoredRecordType<AnalysisJsonRecord> = {
  table: "analysisJson",
  current: 1,
  steps: {},
  schema: analysisJsonSchema,
};

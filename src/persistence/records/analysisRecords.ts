import { z } from "zod";
import type { StoredRecordType } from "./storedRecord";

/*
 * The stored analyses and their named versions. The document inside is the analysis format of
 * domain/analysis (its own versions and migrations) and is read through readAnalysis whenever
 * it is opened; the row around it is checked here.
 */

/**
 * An analysis as stored (Dexie table `analyses`): what the overview lists without reading the
 * document, which is kept in `analysisJson` (analysisJsonRecord.ts). Version 1: rows up to
 * 2026-12-05. Version 2 adds `openedAt`, the last time the analysis was opened (the overview
 * sorts by it); an older row counts as opened when it was last changed. Version 3 (database
 * version 5) leaves the document out: the database upgrade moved it to `analysisJson`.
 */
export const analysisRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  updatedAt: z.number(),
  openedAt: z.number(),
  /** Set when the analysis is in the trash; null otherwise. */
  deletedAt: z.number().nullable(),
  counts: z.object({
    quotes: z.number().int().nonnegative(),
    clusters: z.number().int().nonnegative(),
    links: z.number().int().nonnegative(),
  }),
});
export type AnalysisRecord = z.infer<typeof analysisRecordSchema>;

export const analysisRecordType: StoredRecordType<AnalysisRecord> = {
  table: "analyses",
  current: 3,
  steps: {
    1: (row) => ({ ...row, openedAt: row.updatedAt }),
    2: ({ analysis: _movedToAnalysisJson, ...row }) => row,
  },
  schema: analysisRecordSchema,
};

/**
 * A named version of an analysis, kept apart from it (Dexie table `snapshots`); restoring one
 * makes a new analysis. Version 1: every row so far.
 */
export const snapshotRecordSchema = z.object({
  id: z.string().min(1),
  analysisId: z.string().min(1),
  name: z.string(),
  createdAt: z.number(),
  /** The document as it was, validated against the analysis schema whenever it is read. */
  analysis: z.unknown(),
});
export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

export const snapshotRecordType: StoredRecordType<SnapshotRecord> = {
  table: "snapshots",
  current: 1,
  steps: {},
  schema: snapshotRecordSchema,
};

/**
 * Small facts about the user's session, such as the analysis that was open last (Dexie table
 * `meta`). Version 1: every row so far.
 */
export const metaRecordSchema = z.object({ key: z.string().min(1), value: z.string() });
export type MetaRecord = z.infer<typeof metaRecordSchema>;

export const metaRecordType: StoredRecordType<MetaRecord> = {
  table: "meta",
  current: 1,
  steps: {},
  schema: metaRecordSchema,
};

import Dexie, { type Table } from "dexie";
import type { Correction } from "../domain/corpus/corrections";
import type { Quote } from "../domain/corpus/quote";

/** One stored corpus: the seed bloemlezing or, later, a user's own. */
export interface CorpusRecord {
  id: string;
  name: string;
  kind: "seed" | "user";
  /** Hash of the source text plus parser version: a change triggers a re-import. */
  contentHash: string;
  parserVersion: number;
  quoteCount: number;
  importedAt: number;
  /** File a user corpus was imported from (absent for the seed and for records before version 3). */
  sourceName?: string;
  /**
   * How the quotes are stored: one row each in `quotes` (absent: the seed and every record
   * before version 3), or in blocks of reading order in `quoteBlocks` (imported corpora).
   */
  storage?: "rows" | "blocks";
}

/** A run of an imported corpus's quotes in reading order: one record instead of a thousand. */
export interface QuoteBlockRecord {
  corpusId: string;
  block: number;
  quotes: Quote[];
}

/** A quote as stored: the domain quote plus its corpus and reading order. */
export interface StoredQuote extends Quote {
  corpusId: string;
  order: number;
}

/** An analysis as stored: the document plus what the overview lists without parsing it. */
export interface AnalysisRecord {
  id: string;
  title: string;
  updatedAt: number;
  /** Set when the analysis is in the trash; null otherwise. */
  deletedAt: number | null;
  counts: { quotes: number; clusters: number; links: number };
  /** The document, validated against the analysis schema whenever it is read. */
  analysis: unknown;
}

/** A named version of an analysis, kept apart from it; restoring one makes a new analysis. */
export interface SnapshotRecord {
  id: string;
  analysisId: string;
  name: string;
  createdAt: number;
  /** The document as it was, validated against the analysis schema whenever it is read. */
  analysis: unknown;
}

/** Small facts about the user's session, such as the analysis that was open last. */
export interface MetaRecord {
  key: string;
  value: string;
}

export const DB_NAME = "ontrafel";
/** The highest `version(n)` declared below: a database above it was made by a newer Ontrafel. */
export const DB_VERSION = 3;

/**
 * Whether the stored database was made by a newer Ontrafel, read from the list of databases
 * without opening it: Dexie would otherwise open it and add our missing tables (a write).
 */
export async function isNewerStoredDatabase(name: string): Promise<boolean> {
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    // Dexie stores version n as IndexedDB version 10 n.
    return (found?.version ?? 0) > DB_VERSION * 10;
  } catch {
    return false;
  }
}

/**
 * The IndexedDB schema. Every `version(n)` stays declared when a later issue adds
 * tables or indexes, so Dexie can upgrade any older database in place.
 */
export class OntrafelDb extends Dexie {
  corpora!: Table<CorpusRecord, string>;
  quotes!: Table<StoredQuote, [string, string]>;
  analyses!: Table<AnalysisRecord, string>;
  meta!: Table<MetaRecord, string>;
  snapshots!: Table<SnapshotRecord, string>;
  corrections!: Table<Correction, string>;
  quoteBlocks!: Table<QuoteBlockRecord, [string, number]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      corpora: "id, kind",
      quotes: "[corpusId+id], corpusId, [corpusId+order], [corpusId+section]",
    });
    // Version 2 adds saved analyses and their named versions; corpora and quotes are untouched.
    this.version(2).stores({
      analyses: "id, updatedAt, deletedAt",
      meta: "key",
      snapshots: "id, analysisId, [analysisId+createdAt]",
    });
    // Version 3 adds the person's corrections of quotes, kept apart from the parsed corpora;
    // imported corpora stored in blocks (IndexedDB pays per record: 20,000 rows take seconds
    // to write, 20 blocks a fraction of that); and drops the quotes' [corpusId+section]
    // index that nothing queries.
    this.version(3).stores({
      quotes: "[corpusId+id], corpusId, [corpusId+order]",
      corrections: "id, corpusId, [corpusId+createdAt]",
      quoteBlocks: "[corpusId+block], corpusId",
    });
  }
}

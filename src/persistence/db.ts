import Dexie, { type Table } from "dexie";
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
  }
}

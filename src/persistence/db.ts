import Dexie, { type Table, type Transaction } from "dexie";
import { isRecord } from "../domain/versioned";
import { analysisJsonRecordType } from "./records/analysisJsonRecord";
import { analysisRecordType } from "./records/analysisRecords";
import { readStoredRecord, toStoredRecord, type UnreadableRecord } from "./records/storedRecord";

export type { AnalysisJsonRecord } from "./records/analysisJsonRecord";
export type { AnalysisRecord, MetaRecord, SnapshotRecord } from "./records/analysisRecords";
export type { CorpusRecord } from "./records/corpusRecord";
export type { DocumentUpdateRecord } from "./records/documentUpdateRecord";
export type { QuoteBlockRecord, StoredQuote } from "./records/quoteRecords";

export const DB_NAME = "ontrafel";
/**
 * The Dexie version of the stored database, read from the list of databases without opening
 * it (Dexie would otherwise open it and add our missing tables: a write); null when there is
 * none (a first visit) or the browser cannot list them.
 */
export async function storedDatabaseVersion(name: string): Promise<number | null> {
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    // Dexie stores version n as IndexedDB version 10 n.
    return found?.version === undefined ? null : found.version / 10;
  } catch {
    return null;
  }
}

/** One `version(n)` of the database: the tables and indexes it adds or changes (null drops). */
export interface DbVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves rows the new version keeps elsewhere, in Dexie's upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Version 5's upgrade: each analysis's JSON leaves its row in `analyses` for `analysisJson`, and
 * the row is rewritten as today's version. A row that does not read is left whole (it stays
 * unreadable, reported when read, and is never lost).
 */
async function moveJsonOutOfRows(tx: Transaction): Promise<void> {
  const analyses = tx.table("analyses");
  const json = tx.table("analysisJson");
  for (const id of await analyses.toCollection().primaryKeys()) {
    const row: unknown = await analyses.get(id);
    if (!isRecord(row) || !("analysis" in row)) continue;
    const read = readStoredRecord(analysisRecordType, row);
    if (!read.ok) continue;
    const analysis = row.analysis;
    await json.put(toStoredRecord(analysisJsonRecordType, { id: read.value.id, analysis }));
    await analyses.put(toStoredRecord(analysisRecordType, read.value));
  }
}

/**
 * The IndexedDB schema, every version kept, so Dexie can upgrade any older database in place.
 * A new version needs a fixture of the one before it (tests/fixtures/db/v<n>-*.json): the
 * meta-test in db.test.ts writes each fixture with its own version's schema, opens it with
 * this code and reads every row back through the tables' readers.
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      corpora: "id, kind",
      quotes: "[corpusId+id], corpusId, [corpusId+order], [corpusId+section]",
    },
  },
  // Version 2 adds saved analyses and their named versions; corpora and quotes are untouched.
  {
    version: 2,
    stores: {
      analyses: "id, updatedAt, deletedAt",
      meta: "key",
      snapshots: "id, analysisId, [analysisId+createdAt]",
    },
  },
  // Version 3 adds the person's corrections of quotes, kept apart from the parsed corpora;
  // imported corpora stored in blocks (IndexedDB pays per record: 20,000 rows take seconds
  // to write, 20 blocks a fraction of that); and drops the quotes' [corpusId+section]
  // index that nothing queries.
  {
    version: 3,
    stores: {
      quotes: "[corpusId+id], corpusId, [corpusId+order]",
      corrections: "id, corpusId, [corpusId+createdAt]",
      quoteBlocks: "[corpusId+block], corpusId",
    },
  },
  // Version 4 adds each analysis's Yjs document as a list of updates (records/
  // documentUpdateRecord.ts), kept beside its JSON reading.
  {
    version: 4,
    stores: {
      documentUpdates: "++seq, [analysisId+seq]",
    },
  },
  // Version 5 keeps each analysis's JSON in a table of its own (records/analysisJsonRecord.ts):
  // a save then reads a small row before its put, not the megabyte document it replaces.
  {
    version: 5,
    stores: { analysisJson: "id" },
    upgrade: moveJsonOutOfRows,
  },
];

/** The highest version declared above: a database above it was made by a newer Ontrafel. */
export const DB_VERSION = DB_VERSIONS.length;

/** Declares versions 1..`upTo` on a Dexie instance (the tests build older databases with it). */
export function declareVersions(db: Dexie, upTo: number = DB_VERSION): void {
  for (const { version, stores, upgrade } of DB_VERSIONS) {
    if (version > upTo) continue;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** The whole schema as of `version`: each table's indexes after every change up to it. */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of DB_VERSIONS) {
    if (step.version > version) break;
    for (const [table, indexes] of Object.entries(step.stores)) {
      if (indexes === null) delete stores[table];
      else stores[table] = indexes;
    }
  }
  return stores;
}

/**
 * A row as IndexedDB hands it back: unknown until its table's reader (persistence/records) has
 * migrated and validated it. The tables are typed so, and nothing can skip the reader.
 */
export type StoredRow = { readonly [field: string]: unknown };

export class OntrafelDb extends Dexie {
  corpora!: Table<StoredRow, string>;
  quotes!: Table<StoredRow, [string, string]>;
  analyses!: Table<StoredRow, string>;
  analysisJson!: Table<StoredRow, string>;
  meta!: Table<StoredRow, string>;
  snapshots!: Table<StoredRow, string>;
  corrections!: Table<StoredRow, string>;
  quoteBlocks!: Table<StoredRow, [string, number]>;
  documentUpdates!: Table<StoredRow, number>;

  /** Rows the repositories could not read, kept for the report (and left in the database). */
  readonly unreadable: UnreadableRecord[] = [];
  private readonly unreadableListeners = new Set<(problem: UnreadableRecord) => void>();

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
  }

  /** Called by the repositories for every row that fails its reader. */
  reportUnreadable = (problem: UnreadableRecord): void => {
    this.unreadable.push(problem);
    for (const listener of this.unreadableListeners) listener(problem);
  };

  /** Tells `listener` about every unreadable row found from now on; returns the unsubscribe. */
  onUnreadable(listener: (problem: UnreadableRecord) => void): () => void {
    this.unreadableListeners.add(listener);
    return () => this.unreadableListeners.delete(listener);
  }
}

import { z } from "zod";
import type { Quote } from "../domain/corpus/quote";
import { listAnalyses } from "./analysisRepo";
import type { OntrafelDb } from "./db";
import { type CorpusRecord, corpusRecordType } from "./records/corpusRecord";
import { quoteBlockType, type StoredQuote, storedQuoteType } from "./records/quoteRecords";
import { readStoredRecords, readStoredRow, toStoredRecord } from "./records/storedRecord";

/** A source's quotes and the record that describes them. */
export interface ParsedCorpus {
  corpus: CorpusRecord;
  quotes: Quote[];
}

export interface LoadedCorpus extends ParsedCorpus {
  /** True when this call parsed and wrote the corpus, false when a current copy was stored. */
  imported: boolean;
}

export interface CorpusSource {
  id: string;
  name: string;
  kind: CorpusRecord["kind"];
  contentHash: string;
  parserVersion: number;
  parse(): Quote[] | Promise<Quote[]>;
}

function toStored(corpusId: string, quotes: readonly Quote[]): StoredQuote[] {
  return quotes.map((quote, order) =>
    toStoredRecord(storedQuoteType, { ...quote, corpusId, order }),
  );
}

function fromStored({ corpusId: _c, order: _o, ...quote }: StoredQuote): Quote {
  return quote;
}

/** The stored record of a corpus through its reader; null when absent or unreadable. */
async function getCorpus(db: OntrafelDb, id: string): Promise<CorpusRecord | null> {
  return readStoredRow(corpusRecordType, await db.corpora.get(id), db.reportUnreadable);
}

/** A corpus's quotes stored one per row, in reading order, each through its reader. */
async function quoteRows(db: OntrafelDb, corpusId: string): Promise<Quote[]> {
  const rows = await db.quotes
    .where("[corpusId+order]")
    .between([corpusId, Number.NEGATIVE_INFINITY], [corpusId, Number.POSITIVE_INFINITY])
    .toArray();
  return readStoredRecords(storedQuoteType, rows, db.reportUnreadable).map(fromStored);
}

/** Parses a source into its quotes and the record describing them (stored or kept in memory). */
export async function parseCorpus(
  source: CorpusSource,
  now: () => number = Date.now,
): Promise<ParsedCorpus> {
  const quotes = await source.parse();
  return {
    corpus: {
      id: source.id,
      name: source.name,
      kind: source.kind,
      contentHash: source.contentHash,
      parserVersion: source.parserVersion,
      quoteCount: quotes.length,
      importedAt: now(),
    },
    quotes,
  };
}

/**
 * The stored record of a source's corpus when it was made from the same text and parser
 * version; null when it is missing or outdated. Its quote rows are not read.
 */
export async function currentCorpusRecord(
  db: OntrafelDb,
  source: CorpusSource,
): Promise<CorpusRecord | null> {
  const stored = await getCorpus(db, source.id);
  return stored && stored.contentHash === source.contentHash ? stored : null;
}

/**
 * The stored copy of a source's corpus when it is current: made from the same text and parser
 * version, every row readable. Null when it is missing or outdated (it must be imported).
 */
export async function readCurrentCorpus(
  db: OntrafelDb,
  source: CorpusSource,
): Promise<LoadedCorpus | null> {
  const stored = await currentCorpusRecord(db, source);
  if (!stored) return null;
  // An unreadable row makes the count fall short: the corpus is parsed and stored again.
  const quotes = await quoteRows(db, source.id);
  return quotes.length === stored.quoteCount ? { corpus: stored, quotes, imported: false } : null;
}

/**
 * Stores a parsed source corpus: its quotes replace the stored ones and then its record, in one
 * transaction, so a failure leaves the previous copy intact.
 */
export async function storeParsedCorpus(
  db: OntrafelDb,
  { corpus, quotes }: { corpus: CorpusRecord; quotes: readonly Quote[] },
): Promise<void> {
  await db.transaction("rw", db.corpora, db.quotes, async () => {
    await db.quotes.where("corpusId").equals(corpus.id).delete();
    await db.quotes.bulkAdd(toStored(corpus.id, quotes));
    await db.corpora.put(toStoredRecord(corpusRecordType, corpus));
  });
}

/**
 * Returns the corpus from IndexedDB, importing it first when the stored copy is missing or
 * was made from other text or another parser version.
 */
export async function loadOrImportCorpus(
  db: OntrafelDb,
  source: CorpusSource,
  now: () => number = Date.now,
): Promise<LoadedCorpus> {
  const current = await readCurrentCorpus(db, source);
  if (current) return current;
  const parsed = await parseCorpus(source, now);
  await storeParsedCorpus(db, parsed);
  return { ...parsed, imported: true };
}

// ---- Several corpora: list, import with progress, rename, delete ----

/** Every stored corpus: the seed first, then the user's by name. */
export async function listCorpora(db: OntrafelDb): Promise<CorpusRecord[]> {
  const all = readStoredRecords(corpusRecordType, await db.corpora.toArray(), db.reportUnreadable);
  return all.sort(
    (a, b) => Number(b.kind === "seed") - Number(a.kind === "seed") || a.name.localeCompare(b.name),
  );
}

/** A stored corpus with its parsed quotes in reading order, or null when it does not exist. */
export async function readCorpus(
  db: OntrafelDb,
  id: string,
): Promise<{ corpus: CorpusRecord; quotes: Quote[] } | null> {
  const corpus = await getCorpus(db, id);
  if (!corpus) return null;
  if (corpus.storage === "blocks") {
    const rows = await db.quoteBlocks.where("corpusId").equals(id).toArray();
    const blocks = readStoredRecords(quoteBlockType, rows, db.reportUnreadable);
    blocks.sort((a, b) => a.block - b.block);
    return { corpus, quotes: blocks.flatMap((b) => b.quotes) };
  }
  return { corpus, quotes: await quoteRows(db, id) };
}

/** Quotes per stored block; progress is reported after each block is written. */
export const IMPORT_CHUNK = 1000;

export class ImportCancelled extends Error {
  constructor() {
    super("import cancelled");
    this.name = "ImportCancelled";
  }
}

/** `promise`, or ImportCancelled as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ImportCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ImportCancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Stores an imported corpus: its quotes in blocks and then its record, all in one
 * transaction. A cancel (through `signal`) or a failure aborts the transaction, so nothing
 * is half-written: a new corpus does not appear, a re-imported one keeps its old quotes.
 * Corrections are stored apart and stay.
 */
export async function storeCorpus(
  db: OntrafelDb,
  corpus: CorpusRecord,
  quotes: readonly Quote[],
  options: { onProgress?(done: number, total: number): void; signal?: AbortSignal } = {},
): Promise<CorpusRecord> {
  const record: CorpusRecord = { ...corpus, quoteCount: quotes.length, storage: "blocks" };
  // A cancel answers at once, also while the transaction still waits for another one (a tab
  // writing the same stores): when it starts, it sees the cancel and aborts itself.
  const written = db.transaction("rw", db.corpora, db.quotes, db.quoteBlocks, async () => {
    await db.quotes.where("corpusId").equals(corpus.id).delete();
    await db.quoteBlocks.where("corpusId").equals(corpus.id).delete();
    for (let from = 0; from < quotes.length; from += IMPORT_CHUNK) {
      if (options.signal?.aborted) throw new ImportCancelled();
      const block = toStoredRecord(quoteBlockType, {
        corpusId: corpus.id,
        block: from / IMPORT_CHUNK,
        quotes: quotes.slice(from, from + IMPORT_CHUNK),
      });
      await db.quoteBlocks.add(block);
      options.onProgress?.(from + block.quotes.length, quotes.length);
    }
    if (options.signal?.aborted) throw new ImportCancelled();
    await db.corpora.put(toStoredRecord(corpusRecordType, record));
  });
  await untilAborted(written, options.signal);
  return record;
}

/** The ids of every stored corpus (without reading the records themselves). */
export async function storedCorpusIds(db: OntrafelDb): Promise<Set<string>> {
  const keys = await db.corpora.toCollection().primaryKeys();
  return new Set(keys.filter((key): key is string => typeof key === "string"));
}

export async function renameCorpus(db: OntrafelDb, id: string, name: string): Promise<void> {
  await db.corpora.update(id, { name });
}

/** What finding a corpus's users needs of a stored document, read loosely (no full parse). */
const corpusUseSchema = z.looseObject({
  corpusId: z.string().optional(),
  nodes: z.array(z.looseObject({ corpusId: z.string().optional() })).optional(),
});

/** Analyses (also in the trash) that use a corpus, as active corpus or for a quote card. */
export async function analysesUsingCorpus(
  db: OntrafelDb,
  corpusId: string,
): Promise<{ id: string; title: string }[]> {
  const uses: { id: string; title: string }[] = [];
  for (const record of await listAnalyses(db)) {
    const doc = corpusUseSchema.safeParse(record.analysis);
    if (!doc.success) continue;
    const { corpusId: active, nodes = [] } = doc.data;
    if (active === corpusId || nodes.some((n) => n.corpusId === corpusId))
      uses.push({ id: record.id, title: record.title });
  }
  return uses;
}

/**
 * Deletes a user corpus with its quotes and corrections in one transaction. Analyses are not
 * touched: their quote cards keep their snapshots. The bundled corpus cannot be deleted.
 */
export async function deleteCorpus(db: OntrafelDb, id: string): Promise<void> {
  await db.transaction("rw", [db.corpora, db.quotes, db.quoteBlocks, db.corrections], async () => {
    const corpus = await getCorpus(db, id);
    if (!corpus) return;
    if (corpus.kind === "seed") throw new Error("the bundled corpus cannot be deleted");
    await db.quotes.where("corpusId").equals(id).delete();
    await db.quoteBlocks.where("corpusId").equals(id).delete();
    await db.corrections.where("corpusId").equals(id).delete();
    await db.corpora.delete(id);
  });
}

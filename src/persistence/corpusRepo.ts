import type { Quote } from "../domain/corpus/quote";
import type { CorpusRecord, OntrafelDb, StoredQuote } from "./db";

export interface LoadedCorpus {
  corpus: CorpusRecord;
  quotes: Quote[];
  /** True when this call parsed and wrote the corpus, false when it was read from storage. */
  imported: boolean;
}

export interface CorpusSource {
  id: string;
  name: string;
  kind: CorpusRecord["kind"];
  contentHash: string;
  parserVersion: number;
  /** Called only when the stored copy is missing or outdated. */
  parse(): Quote[];
}

function toStored(corpusId: string, quotes: readonly Quote[]): StoredQuote[] {
  return quotes.map((quote, order) => ({ ...quote, corpusId, order }));
}

function fromStored({ corpusId: _c, order: _o, ...quote }: StoredQuote): Quote {
  return quote;
}

/** Parses a source into its quotes and the record describing them (stored or kept in memory). */
export function parseCorpus(
  source: CorpusSource,
  now: () => number = Date.now,
): { corpus: CorpusRecord; quotes: Quote[] } {
  const quotes = source.parse();
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
 * Returns the corpus from IndexedDB, importing it first when the stored copy is missing or
 * was made from other text or another parser version. The import replaces the corpus's
 * quotes and its record in one transaction, so a failure leaves the previous copy intact.
 */
export async function loadOrImportCorpus(
  db: OntrafelDb,
  source: CorpusSource,
  now: () => number = Date.now,
): Promise<LoadedCorpus> {
  const stored = await db.corpora.get(source.id);
  if (stored && stored.contentHash === source.contentHash) {
    const rows = await db.quotes
      .where("[corpusId+order]")
      .between([source.id, Number.NEGATIVE_INFINITY], [source.id, Number.POSITIVE_INFINITY])
      .toArray();
    if (rows.length === stored.quoteCount) {
      return { corpus: stored, quotes: rows.map(fromStored), imported: false };
    }
  }
  const { corpus, quotes } = parseCorpus(source, now);
  await db.transaction("rw", db.corpora, db.quotes, async () => {
    await db.quotes.where("corpusId").equals(source.id).delete();
    await db.quotes.bulkAdd(toStored(source.id, quotes));
    await db.corpora.put(corpus);
  });
  return { corpus, quotes, imported: true };
}

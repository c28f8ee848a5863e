import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import type { Quote } from "../domain/corpus/quote";
import { type CorpusSource, loadOrImportCorpus } from "./corpusRepo";
import { OntrafelDb } from "./db";

let db: OntrafelDb;
let dbCount = 0;

beforeEach(async () => {
  db = new OntrafelDb(`corpus-repo-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

function source(
  quotes: Quote[],
  contentHash = "h1",
): CorpusSource & { parse: ReturnType<typeof vi.fn> } {
  return {
    id: "seed",
    name: "Bloemlezing",
    kind: "seed",
    contentHash,
    parserVersion: 1,
    parse: vi.fn(() => quotes),
  };
}

describe("loadOrImportCorpus", () => {
  const quotes = [makeQuote({ id: "a" }), makeQuote({ id: "b" }), makeQuote({ id: "c" })];

  it("parses and stores the corpus on first start", async () => {
    const first = source(quotes);
    const loaded = await loadOrImportCorpus(db, first, () => 1000);
    expect(loaded.imported).toBe(true);
    expect(loaded.quotes.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect(await db.quotes.count()).toBe(3);
    expect(await db.corpora.get("seed")).toMatchObject({ quoteCount: 3, importedAt: 1000 });
  });

  it("reads the stored copy on a later start without parsing again", async () => {
    await loadOrImportCorpus(db, source(quotes), () => 1000);
    const again = source(quotes);
    const loaded = await loadOrImportCorpus(db, again, () => 2000);
    expect(loaded.imported).toBe(false);
    expect(again.parse).not.toHaveBeenCalled();
    expect(loaded.quotes).toEqual(quotes);
    expect(loaded.corpus.importedAt).toBe(1000);
  });

  it("re-imports when the content hash changes and drops quotes that are gone", async () => {
    await loadOrImportCorpus(db, source(quotes, "h1"));
    const changed = [makeQuote({ id: "a", text: "Nieuwe tekst." }), makeQuote({ id: "d" })];
    const loaded = await loadOrImportCorpus(db, source(changed, "h2"));
    expect(loaded.imported).toBe(true);
    const stored = await db.quotes.where("corpusId").equals("seed").sortBy("order");
    expect(stored.map((q) => q.id)).toEqual(["a", "d"]);
    expect(stored[0]?.text).toBe("Nieuwe tekst.");
  });

  it("keeps the previous corpus intact when an import fails halfway", async () => {
    await loadOrImportCorpus(db, source(quotes, "h1"));
    // Two quotes with one id make the bulk write fail inside the transaction.
    const broken = [makeQuote({ id: "x" }), makeQuote({ id: "x" })];
    await expect(loadOrImportCorpus(db, source(broken, "h2"))).rejects.toThrow();
    const stored = await db.quotes.where("corpusId").equals("seed").sortBy("order");
    expect(stored.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect((await db.corpora.get("seed"))?.contentHash).toBe("h1");
  });

  it("repairs a stored copy whose quotes went missing", async () => {
    await loadOrImportCorpus(db, source(quotes));
    await db.quotes.delete(["seed", "b"]);
    const loaded = await loadOrImportCorpus(db, source(quotes));
    expect(loaded.imported).toBe(true);
    expect(await db.quotes.count()).toBe(3);
  });
});

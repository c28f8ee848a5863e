import { describe, expect, it, vi } from "vitest";
import { makeAnalysis } from "../../tests/helpers/analysisFactory";
import { databasePerTest } from "../../tests/helpers/databasePerTest";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import type { Quote } from "../domain/corpus/quote";
import { saveAnalysis } from "./analysisRepo";
import {
  analysesUsingCorpus,
  type CorpusSource,
  deleteCorpus,
  IMPORT_CHUNK,
  ImportCancelled,
  listCorpora,
  loadOrImportCorpus,
  readCorpus,
  renameCorpus,
  storeCorpus,
} from "./corpusRepo";
import { addCorrection, listCorrections } from "./correctionRepo";
import type { CorpusRecord } from "./db";

const db = databasePerTest("corpus-repo-test");

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
    const loaded = await loadOrImportCorpus(db(), first, () => 1000);
    expect(loaded.imported).toBe(true);
    expect(loaded.quotes.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect(await db().quotes.count()).toBe(3);
    expect(await db().corpora.get("seed")).toMatchObject({ quoteCount: 3, importedAt: 1000 });
  });

  it("reads the stored copy on a later start without parsing again", async () => {
    await loadOrImportCorpus(db(), source(quotes), () => 1000);
    const again = source(quotes);
    const loaded = await loadOrImportCorpus(db(), again, () => 2000);
    expect(loaded.imported).toBe(false);
    expect(again.parse).not.toHaveBeenCalled();
    expect(loaded.quotes).toEqual(quotes);
    expect(loaded.corpus.importedAt).toBe(1000);
  });

  it("re-imports when the content hash changes and drops quotes that are gone", async () => {
    await loadOrImportCorpus(db(), source(quotes, "h1"));
    const changed = [makeQuote({ id: "a", text: "Nieuwe tekst." }), makeQuote({ id: "d" })];
    const loaded = await loadOrImportCorpus(db(), source(changed, "h2"));
    expect(loaded.imported).toBe(true);
    const stored = await db().quotes.where("corpusId").equals("seed").sortBy("order");
    expect(stored.map((q) => q.id)).toEqual(["a", "d"]);
    expect(stored[0]?.text).toBe("Nieuwe tekst.");
  });

  it("keeps the previous corpus intact when an import fails halfway", async () => {
    await loadOrImportCorpus(db(), source(quotes, "h1"));
    // Two quotes with one id make the bulk write fail inside the transaction.
    const broken = [makeQuote({ id: "x" }), makeQuote({ id: "x" })];
    await expect(loadOrImportCorpus(db(), source(broken, "h2"))).rejects.toThrow();
    const stored = await db().quotes.where("corpusId").equals("seed").sortBy("order");
    expect(stored.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect((await db().corpora.get("seed"))?.contentHash).toBe("h1");
  });

  it("repairs a stored copy whose quotes went missing", async () => {
    await loadOrImportCorpus(db(), source(quotes));
    await db().quotes.delete(["seed", "b"]);
    const loaded = await loadOrImportCorpus(db(), source(quotes));
    expect(loaded.imported).toBe(true);
    expect(await db().quotes.count()).toBe(3);
  });
});

function userCorpus(id: string, name: string): CorpusRecord {
  return {
    id,
    name,
    kind: "user",
    contentHash: "x",
    parserVersion: 1,
    quoteCount: 0,
    importedAt: 5,
  };
}

function hideQuote(corpusId: string, quoteId: string) {
  return addCorrection(db(), {
    kind: "hide",
    id: "c1",
    corpusId,
    quoteId,
    createdAt: 1,
    excerpt: "",
  });
}

function manyQuotes(n: number): Quote[] {
  return Array.from({ length: n }, (_, i) => makeQuote({ id: `m${i}`, text: `Citaat ${i}.` }));
}

describe("several corpora", () => {
  it("stores an imported corpus beside the seed and lists the seed first", async () => {
    await loadOrImportCorpus(db(), source([makeQuote({ id: "s" })]));
    const progress: number[] = [];
    const stored = await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(IMPORT_CHUNK + 5), {
      onProgress: (done) => progress.push(done),
    });
    expect(stored.quoteCount).toBe(IMPORT_CHUNK + 5);
    expect(progress).toEqual([IMPORT_CHUNK, IMPORT_CHUNK + 5]);
    await storeCorpus(db(), userCorpus("u2", "Arbeid"), manyQuotes(2));
    expect((await listCorpora(db())).map((c) => c.name)).toEqual(["Bloemlezing", "Arbeid", "Zorg"]);
    const read = await readCorpus(db(), "u1");
    expect(read?.quotes.map((q) => q.id).slice(0, 3)).toEqual(["m0", "m1", "m2"]);
  });

  it("a cancelled import leaves nothing: no new corpus, and a re-imported one keeps its quotes", async () => {
    await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(3));
    const controller = new AbortController();
    await expect(
      storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(IMPORT_CHUNK * 2), {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect((await readCorpus(db(), "u1"))?.quotes).toHaveLength(3);
    const fresh = new AbortController();
    fresh.abort();
    await expect(
      storeCorpus(db(), userCorpus("u9", "Nieuw"), manyQuotes(10), { signal: fresh.signal }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(await readCorpus(db(), "u9")).toBeNull();
    expect(await db().quoteBlocks.where("corpusId").equals("u9").count()).toBe(0);
  });

  it("a cancel answers at once while the import waits for another writer, and nothing is written", async () => {
    await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(3));
    // Another connection (a second tab) keeps a write transaction on the quote blocks open.
    const other = db().backendDB().transaction(["quoteBlocks"], "readwrite");
    let release = false;
    const spin = () => {
      if (!release) other.objectStore("quoteBlocks").count().onsuccess = spin;
    };
    spin();
    const otherDone = new Promise((resolve) => {
      other.oncomplete = resolve;
    });
    const controller = new AbortController();
    const storing = storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(10), {
      signal: controller.signal,
    });
    controller.abort();
    await expect(storing).rejects.toBeInstanceOf(ImportCancelled);
    release = true;
    await otherDone;
    // Read once the waiting import's transaction has had its turn.
    expect((await readCorpus(db(), "u1"))?.quotes).toHaveLength(3);
  });

  it("a re-import of the same source replaces its quotes and keeps the corrections", async () => {
    await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(IMPORT_CHUNK + 1));
    await hideQuote("u1", "m1");
    await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(3));
    expect((await readCorpus(db(), "u1"))?.quotes.map((q) => q.id)).toEqual(["m0", "m1", "m2"]);
    expect((await listCorrections(db(), "u1")).map((c) => c.id)).toEqual(["c1"]);
  });

  it("renames, tells which analyses use a corpus, and deletes it with its corrections only", async () => {
    await storeCorpus(db(), userCorpus("u1", "Zorg"), manyQuotes(2));
    await hideQuote("u1", "m0");
    await renameCorpus(db(), "u1", "Zorg en welzijn");
    expect((await readCorpus(db(), "u1"))?.corpus.name).toBe("Zorg en welzijn");
    const analysis = { ...makeAnalysis(), id: "a1", title: "Gebruikt u1", corpusId: "u1" };
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), { ...makeAnalysis(), id: "a2", title: "Ander", corpusId: "seed" });
    expect(await analysesUsingCorpus(db(), "u1")).toEqual([
      { id: analysis.id, title: "Gebruikt u1" },
    ]);
    await deleteCorpus(db(), "u1");
    expect(await readCorpus(db(), "u1")).toBeNull();
    expect(await db().quoteBlocks.count()).toBe(0);
    expect(await listCorrections(db(), "u1")).toEqual([]);
    expect(await db().analyses.count()).toBe(2);
  });

  it("refuses to delete the bundled corpus", async () => {
    await loadOrImportCorpus(db(), source([makeQuote({ id: "s" })]));
    await expect(deleteCorpus(db(), "seed")).rejects.toThrow();
    expect(await db().corpora.count()).toBe(1);
  });
});

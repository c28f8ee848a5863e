import { readFileSync } from "node:fs";
import { join } from "node:path";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { OntrafelDb } from "./db";

interface DbFixture {
  version: number;
  stores: Record<string, string>;
  data: Record<string, unknown[]>;
}

function fixture(name: string): DbFixture {
  const path = join(import.meta.dirname, "../../tests/fixtures/db", name);
  return JSON.parse(readFileSync(path, "utf8")) as DbFixture;
}

/** Writes a database exactly as an older Ontrafel would have, with only that version's schema. */
async function writeOldDatabase(name: string, old: DbFixture) {
  const db = new Dexie(name);
  db.version(old.version).stores(old.stores);
  await db.open();
  for (const [table, rows] of Object.entries(old.data)) await db.table(table).bulkAdd(rows);
  db.close();
}

describe("database upgrades", () => {
  it("opens a version 1 database and finds its corpus and quotes, with the new tables empty", async () => {
    const old = fixture("v1-corpus.json");
    await writeOldDatabase("upgrade-from-v1", old);
    const db = new OntrafelDb("upgrade-from-v1");
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.corpora.toArray()).toEqual(old.data.corpora);
    expect(await db.quotes.where("corpusId").equals("seed-bloemlezing").sortBy("order")).toEqual(
      old.data.quotes,
    );
    expect(await db.analyses.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    await db.delete();
  });

  it("opens a version 2 database and finds its corpus, analyses, versions and meta, with no corrections", async () => {
    const old = fixture("v2-analyses.json");
    await writeOldDatabase("upgrade-from-v2", old);
    const db = new OntrafelDb("upgrade-from-v2");
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.corpora.toArray()).toEqual(old.data.corpora);
    expect(await db.quotes.where("corpusId").equals("seed-bloemlezing").sortBy("order")).toEqual(
      old.data.quotes,
    );
    expect(await db.analyses.toArray()).toEqual(old.data.analyses);
    expect(await db.snapshots.toArray()).toEqual(old.data.snapshots);
    expect(await db.meta.toArray()).toEqual(old.data.meta);
    expect(await db.corrections.count()).toBe(0);
    // The analysis still reads through the repository, as the app would open it.
    const { loadAnalysis, lastOpenedId } = await import("./analysisRepo");
    expect(await lastOpenedId(db)).toBe("analysis_1");
    expect(await loadAnalysis(db, "analysis_1")).toMatchObject({
      ok: true,
      analysis: { title: "Mensenhandel in beeld" },
    });
    await db.delete();
  });

  it("declares version 3 with a corrections table indexed by corpus and quotes without the section index", async () => {
    const db = new OntrafelDb("schema-v3");
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.corrections.schema.indexes.map((index) => index.name).sort()).toEqual([
      "[corpusId+createdAt]",
      "corpusId",
    ]);
    // The unused [corpusId+section] index of version 1 is gone.
    expect(db.quotes.schema.indexes.map((index) => index.name).sort()).toEqual([
      "[corpusId+order]",
      "corpusId",
    ]);
    await db.delete();
  });

  it("declares version 2 with the analyses, meta and snapshots tables and their indexes", async () => {
    const db = new OntrafelDb("schema-v2");
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      "analyses",
      "corpora",
      "corrections",
      "meta",
      "quoteBlocks",
      "quotes",
      "snapshots",
    ]);
    expect(indexes("analyses")).toEqual(["deletedAt", "updatedAt"]);
    expect(indexes("snapshots")).toEqual(["[analysisId+createdAt]", "analysisId"]);
    await db.delete();
  });
});

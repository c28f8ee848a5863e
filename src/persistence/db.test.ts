import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { readAnalysis } from "../domain/analysis/migrations";
import { lastOpenedId, loadAnalysis } from "./analysisRepo";
import { DB_VERSION, DB_VERSIONS, declareVersions, OntrafelDb, storesAt } from "./db";
import { analysisJsonRecordType } from "./records/analysisJsonRecord";
import { analysisRecordType, metaRecordType, snapshotRecordType } from "./records/analysisRecords";
import { corpusRecordType } from "./records/corpusRecord";
import { correctionRecordType } from "./records/correctionRecord";
import { documentUpdateRecordType } from "./records/documentUpdateRecord";
import { quoteBlockType, storedQuoteType } from "./records/quoteRecords";
import { readStoredRecord, type StoredRecordType } from "./records/storedRecord";

/**
 * A database as an older Ontrafel left it: `tests/fixtures/db/v<version>-*.json` holds the
 * schema of that version (`stores`, which must equal what db.ts declares for it) and the rows
 * it wrote (`data`); `expected` gives, per table, the rows its reader must return when they
 * differ from what was written.
 */
interface DbFixture {
  version: number;
  stores: Record<string, string>;
  data: Record<string, unknown[]>;
  expected?: Record<string, unknown[]>;
}

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/db");

function fixturesOfVersion(version: number): [string, DbFixture][] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(`v${version}-`) && name.endsWith(".json"))
    .map((name) => [
      name,
      JSON.parse(readFileSync(join(FIXTURES, name), "utf8"), bytes) as DbFixture,
    ]);
}

/** Bytes are written as { "$bytes": [...] } in a fixture (JSON has none). */
function bytes(_key: string, value: unknown): unknown {
  const list = (value as { $bytes?: unknown } | null)?.$bytes;
  return Array.isArray(list) ? Uint8Array.from(list as number[]) : value;
}

/** Every table's reader: the one way a row comes out of the database. */
const READERS: Record<string, StoredRecordType<unknown>> = {
  corpora: corpusRecordType,
  quotes: storedQuoteType,
  quoteBlocks: quoteBlockType,
  analyses: analysisRecordType,
  analysisJson: analysisJsonRecordType,
  snapshots: snapshotRecordType,
  meta: metaRecordType,
  corrections: correctionRecordType,
  documentUpdates: documentUpdateRecordType,
};

/** Writes a database exactly as Ontrafel at `version` would have: only versions 1..version. */
async function writeOldDatabase(name: string, version: number, data: DbFixture["data"]) {
  const db = new Dexie(name);
  declareVersions(db, version);
  await db.open();
  for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows);
  db.close();
}

const withoutVersion = (row: unknown) => {
  const { version: _version, ...rest } = row as Record<string, unknown>;
  return rest;
};

describe("every database version opens with today's code (meta-test)", () => {
  it("declares versions 1 to the current one without a gap, and a reader for every table", () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(storesAt(DB_VERSION)).sort()).toEqual(Object.keys(READERS).sort());
  });

  for (let version = 1; version <= DB_VERSION; version++) {
    it(`version ${version}: each fixture opens, upgraded in place, and every row reads back`, async () => {
      const fixtures = fixturesOfVersion(version);
      expect(
        fixtures.map(([name]) => name),
        `a fixture tests/fixtures/db/v${version}-*.json of a database at version ${version}`,
      ).not.toEqual([]);
      for (const [name, fixture] of fixtures) {
        expect(fixture.version, name).toBe(version);
        expect(fixture.stores, `${name}: the schema of version ${version}`).toEqual(
          storesAt(version),
        );
        const dbName = `meta-${name}`;
        await writeOldDatabase(dbName, version, fixture.data);
        const db = new OntrafelDb(dbName);
        await db.open();
        expect(db.verno).toBe(DB_VERSION);
        for (const table of Object.keys(READERS)) {
          const written = fixture.data[table] ?? [];
          const reads = (await db.table(table).toArray()).map((row) =>
            readStoredRecord(READERS[table] as StoredRecordType<unknown>, row),
          );
          expect(
            reads.filter((r) => !r.ok),
            `${name}: unreadable ${table}`,
          ).toEqual([]);
          const values = reads.flatMap((r) => (r.ok ? [r.value] : []));
          const expected = fixture.expected?.[table] ?? written.map(withoutVersion);
          expect(values, `${name}: ${table}`).toHaveLength(expected.length);
          expect(values, `${name}: ${table}`).toEqual(expect.arrayContaining(expected));
        }
        // Every analysis keeps its document, which reads too, migrated from the format version
        // it was saved in.
        expect(await db.table("analysisJson").count(), `${name}: a document per analysis`).toBe(
          (fixture.data.analyses ?? []).length,
        );
        for (const table of ["analysisJson", "snapshots"]) {
          for (const row of await db.table(table).toArray()) {
            const document = (row as { analysis: unknown }).analysis;
            expect(readAnalysis(document), `${name}: ${table} document`).toMatchObject({
              ok: true,
            });
          }
        }
        await db.delete();
      }
    });
  }
});

describe("database upgrades, through the repositories", () => {
  it("opens a version 2 database and finds the analysis the app opened last", async () => {
    const [[, old] = []] = fixturesOfVersion(2);
    if (!old) throw new Error("no version 2 fixture");
    await writeOldDatabase("upgrade-from-v2", 2, old.data);
    const db = new OntrafelDb("upgrade-from-v2");
    await db.open();
    expect(await lastOpenedId(db)).toBe("analysis_1");
    expect(await loadAnalysis(db, "analysis_1")).toMatchObject({
      ok: true,
      value: { title: "Mensenhandel in beeld" },
    });
    await db.delete();
  });

  it("version 5 moves each document out of its row, and leaves a row that does not read whole", async () => {
    const [[, old] = []] = fixturesOfVersion(4);
    if (!old) throw new Error("no version 4 fixture");
    const broken = { version: 2, id: "broken", title: 7, analysis: { nodes: [] } };
    await writeOldDatabase("upgrade-from-v4", 4, {
      ...old.data,
      analyses: [...(old.data.analyses ?? []), broken],
    });
    const db = new OntrafelDb("upgrade-from-v4");
    await db.open();
    const ids = (old.data.analyses ?? []).map((row) => (row as { id: string }).id);
    expect(await db.analysisJson.toCollection().primaryKeys()).toEqual([...ids].sort());
    for (const id of ids) expect(await db.analyses.get(id)).not.toHaveProperty("analysis");
    expect(await db.analyses.get("broken")).toEqual(broken);
    expect(await loadAnalysis(db, "analysis_opened")).toMatchObject({ ok: true });
    await db.delete();
  });

  it("today's schema (version 5): corrections indexed by corpus, quotes without the section index, document updates by analysis, documents apart from their rows", async () => {
    const db = new OntrafelDb("schema-today");
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      "analyses",
      "analysisJson",
      "corpora",
      "corrections",
      "documentUpdates",
      "meta",
      "quoteBlocks",
      "quotes",
      "snapshots",
    ]);
    expect(indexes("corrections")).toEqual(["[corpusId+createdAt]", "corpusId"]);
    // The unused [corpusId+section] index of version 1 is gone.
    expect(indexes("quotes")).toEqual(["[corpusId+order]", "corpusId"]);
    expect(indexes("analyses")).toEqual(["deletedAt", "updatedAt"]);
    expect(indexes("snapshots")).toEqual(["[analysisId+createdAt]", "analysisId"]);
    expect(indexes("documentUpdates")).toEqual(["[analysisId+seq]"]);
    expect(indexes("analysisJson")).toEqual([]);
    await db.delete();
  });
});

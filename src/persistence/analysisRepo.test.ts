import { describe, expect, it } from "vitest";
import {
  storedAnalysis as analysis,
  otherAnalysis as other,
} from "../../tests/helpers/analysisRepoFixture";
import { databasePerTest } from "../../tests/helpers/databasePerTest";
import {
  AnalysisUnavailableError,
  duplicateStoredAnalysis,
  emptyTrash,
  lastOpenedId,
  listAnalyses,
  listAnalysisRows,
  loadAnalysis,
  recordFor,
  rememberLastOpened,
  renameAnalysis,
  restoreAnalysis,
  saveAnalysis,
  saveDocument,
  trashAnalysis,
} from "./analysisRepo";
import { saveSnapshot } from "./snapshotRepo";

const db = databasePerTest("analysis-repo");

/** Writes an analysis's row and its JSON as a stored database holds them, past the repository. */
async function putStored(row: Record<string, unknown> & { id: string }, json: unknown) {
  await db().analyses.put(row);
  await db().analysisJson.put({ version: 1, id: row.id, analysis: json });
}

/** Both stored halves of an analysis, raw. */
async function storedRows(id: string) {
  return [await db().analyses.get(id), await db().analysisJson.get(id)];
}

/** The document stored in a record, read back through the schema. */
async function stored(id: string) {
  const loaded = await loadAnalysis(db(), id);
  if (!loaded?.ok) throw new Error(`no readable analysis ${id}`);
  return loaded.value;
}

describe("analysisRepo", () => {
  it("saves and loads an analysis unchanged, with counts for the overview", async () => {
    await saveAnalysis(db(), analysis);
    expect(await loadAnalysis(db(), analysis.id)).toEqual({ ok: true, value: analysis });
    expect((await db().analyses.get(analysis.id))?.counts).toEqual({
      quotes: 1,
      clusters: 1,
      links: 1,
    });
    expect(await loadAnalysis(db(), "missing")).toBeNull();
  });

  it("overwrites the stored copy on a later save", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), { ...analysis, title: "Nieuwe titel", updatedAt: 5 });
    const loaded = await loadAnalysis(db(), analysis.id);
    expect(loaded?.ok && loaded.value.title).toBe("Nieuwe titel");
    expect(await db().analyses.count()).toBe(1);
  });

  it("reports stored data that no longer validates instead of opening it", async () => {
    await putStored(
      {
        id: "bad",
        title: "x",
        updatedAt: 0,
        deletedAt: null,
        counts: { quotes: 0, clusters: 0, links: 0 },
      },
      { ...analysis, id: "bad", nodes: [{ kind: "unknown" }] },
    );
    const loaded = await loadAnalysis(db(), "bad");
    expect(loaded?.ok).toBe(false);
  });

  it("remembers the analysis opened last", async () => {
    expect(await lastOpenedId(db())).toBeNull();
    await rememberLastOpened(db(), "a1");
    await rememberLastOpened(db(), "a2");
    expect(await lastOpenedId(db())).toBe("a2");
  });

  it("notes when an analysis was opened, and keeps that time through saves and renames", async () => {
    await saveAnalysis(db(), { ...analysis, updatedAt: 1_000 });
    const openedAt = async () =>
      (await listAnalyses(db())).find((r) => r.id === analysis.id)?.openedAt;
    // A new analysis counts as opened when it was made.
    expect(await openedAt()).toBe(1_000);
    await rememberLastOpened(db(), analysis.id, 5_000);
    expect(await openedAt()).toBe(5_000);
    await saveAnalysis(db(), { ...analysis, updatedAt: 6_000 });
    await renameAnalysis(db(), analysis.id, "Anders", 7_000);
    await saveDocument(db(), analysis.id, -1, () => ({
      analysis: { ...analysis, updatedAt: 8_000 },
      update: new Uint8Array([1]),
    }));
    expect(await openedAt()).toBe(5_000);
  });

  it("never writes the opening time into a row a newer Ontrafel wrote", async () => {
    const future = { ...recordFor(analysis), version: 99, openedAt: 1 };
    await db().analyses.put(future);
    await rememberLastOpened(db(), analysis.id, 5_000);
    expect(await db().analyses.get(analysis.id)).toEqual(future);
  });

  it("lists every analysis, most recently edited first", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), other);
    expect((await listAnalyses(db())).map((r) => r.id)).toEqual(["analysis-2", "analysis-1"]);
  });

  it("lists the rows alone for what needs no document: titles, newest first, trash included", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), other);
    await trashAnalysis(db(), other.id);
    const rows = await listAnalysisRows(db());
    expect(rows.map((r) => [r.id, r.title, r.deletedAt !== null])).toEqual([
      ["analysis-2", other.title, true],
      ["analysis-1", analysis.title, false],
    ]);
    expect(rows.every((r) => !("analysis" in r))).toBe(true);
  });
});

describe("rename", () => {
  it("changes the title in the record and in the document, and the edit time", async () => {
    await saveAnalysis(db(), analysis);
    const renamed = await renameAnalysis(db(), analysis.id, "Wachtlijsten", 42);
    expect(renamed).toEqual({ ...analysis, title: "Wachtlijsten", updatedAt: 42 });
    const record = await db().analyses.get(analysis.id);
    expect(record).toMatchObject({ title: "Wachtlijsten", updatedAt: 42, deletedAt: null });
    expect(await stored(analysis.id)).toEqual(renamed);
  });

  it("keeps a trashed analysis in the trash", async () => {
    await saveAnalysis(db(), analysis);
    await trashAnalysis(db(), analysis.id, 7);
    await renameAnalysis(db(), analysis.id, "Anders", 8);
    expect(await db().analyses.get(analysis.id)).toMatchObject({ title: "Anders", deletedAt: 7 });
  });

  it("refuses a missing or unreadable analysis and leaves the record as it was", async () => {
    await expect(renameAnalysis(db(), "missing", "x")).rejects.toBeInstanceOf(
      AnalysisUnavailableError,
    );
    const bad = {
      id: "bad",
      title: "Oud",
      updatedAt: 0,
      deletedAt: null,
      counts: { quotes: 0, clusters: 0, links: 0 },
    };
    await putStored(bad, { nodes: "kapot" });
    const before = await storedRows("bad");
    await expect(renameAnalysis(db(), "bad", "Nieuw")).rejects.toThrow();
    expect(await storedRows("bad")).toEqual(before);
  });
});

describe("duplicate", () => {
  it("stores a copy under a new id and title, with the same nodes, links and viewport", async () => {
    const original = { ...analysis, viewport: { x: 10, y: 20, zoom: 1.5 } };
    await saveAnalysis(db(), original);
    const copy = await duplicateStoredAnalysis(db(), original.id, {
      newId: "copy-1",
      titleFor: (title) => `${title} (kopie)`,
      now: 99,
    });
    expect(copy).toEqual({
      ...original,
      id: "copy-1",
      title: "Testanalyse (kopie)",
      createdAt: 99,
      updatedAt: 99,
    });
    expect(await stored("copy-1")).toEqual(copy);
    expect(await stored(original.id)).toEqual(original);
    expect((await db().analyses.get("copy-1"))?.counts).toEqual({
      quotes: 1,
      clusters: 1,
      links: 1,
    });
  });

  it("fails without writing when the new id is taken", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), other);
    await expect(
      duplicateStoredAnalysis(db(), analysis.id, { newId: other.id, titleFor: (t) => t }),
    ).rejects.toThrow();
    expect(await stored(other.id)).toEqual(other);
    expect(await db().analyses.count()).toBe(2);
  });
});

describe("trash", () => {
  it("moves an analysis to the trash and back; the record stays", async () => {
    await saveAnalysis(db(), analysis);
    await trashAnalysis(db(), analysis.id, 5);
    expect((await db().analyses.get(analysis.id))?.deletedAt).toBe(5);
    // A trashed analysis does not open: not by deep link and not at start-up.
    expect(await loadAnalysis(db(), analysis.id)).toBeNull();
    await restoreAnalysis(db(), analysis.id);
    expect((await db().analyses.get(analysis.id))?.deletedAt).toBeNull();
    expect(await stored(analysis.id)).toEqual(analysis);
  });

  it("keeps the trash mark when the autosave writes a trashed analysis", async () => {
    await saveAnalysis(db(), analysis);
    await trashAnalysis(db(), analysis.id, 5);
    await saveAnalysis(db(), { ...analysis, updatedAt: 6 });
    expect((await db().analyses.get(analysis.id))?.deletedAt).toBe(5);
  });

  it("refuses to trash or restore an analysis that does not exist", async () => {
    await expect(trashAnalysis(db(), "missing")).rejects.toBeInstanceOf(AnalysisUnavailableError);
    await expect(restoreAnalysis(db(), "missing")).rejects.toBeInstanceOf(AnalysisUnavailableError);
    expect(await db().analyses.count()).toBe(0);
  });

  it("never changes an analysis a newer Ontrafel wrote: rename, copy, trash and restore are refused with its version", async () => {
    const future = {
      version: 1,
      id: "future",
      title: "Uit de toekomst",
      updatedAt: 1,
      deletedAt: null,
      counts: { quotes: 0, clusters: 0, links: 0 },
    };
    await putStored(future, { schemaVersion: 99, id: "future", nodes: [] });
    const before = await storedRows("future");
    const refusals = [
      renameAnalysis(db(), "future", "Nieuw"),
      duplicateStoredAnalysis(db(), "future", { newId: "copy", titleFor: (t) => t }),
      trashAnalysis(db(), "future"),
      restoreAnalysis(db(), "future"),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toMatchObject({ analysisId: "future", newerVersion: 99 });
    expect(await db().analyses.count()).toBe(1);
    expect(await storedRows("future")).toEqual(before);
  });

  it("empties only the trash, with the trashed analyses' snapshots", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), other);
    await saveSnapshot(db(), analysis, { id: "s1", name: "Eerste", now: 1 });
    await saveSnapshot(db(), other, { id: "s2", name: "Andere", now: 2 });
    await trashAnalysis(db(), analysis.id, 3);
    expect(await emptyTrash(db())).toBe(1);
    expect((await listAnalyses(db())).map((r) => r.id)).toEqual([other.id]);
    expect(await db().snapshots.toCollection().primaryKeys()).toEqual(["s2"]);
    expect(await db().analysisJson.toCollection().primaryKeys()).toEqual([other.id]);
    expect(await emptyTrash(db())).toBe(0);
  });
});

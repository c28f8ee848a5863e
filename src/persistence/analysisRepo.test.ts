import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import type { Analysis } from "../domain/analysis/analysis";
import {
  AnalysisUnavailableError,
  COMPACT_ABOVE,
  duplicateStoredAnalysis,
  emptyTrash,
  lastOpenedId,
  listAnalyses,
  listAnalysisRows,
  loadAnalysis,
  openDocument,
  recordFor,
  rememberLastOpened,
  renameAnalysis,
  restoreAnalysis,
  saveAnalysis,
  saveDocument,
  trashAnalysis,
} from "./analysisRepo";
import { OntrafelDb } from "./db";
import { saveSnapshot } from "./snapshotRepo";

let db: OntrafelDb;
let n = 0;
beforeEach(async () => {
  db = new OntrafelDb(`analysis-repo-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const analysis = makeAnalysis(
  [cluster("k", "cause"), quoteCard("c", "q1", { clusterId: "k" }), factor("p", "problem")],
  [link("k", "p")],
);
const other = { ...makeAnalysis(), id: "analysis-2", title: "Tweede", updatedAt: 10 };

/** Writes an analysis's row and its JSON as a stored database holds them, past the repository. */
async function putStored(row: Record<string, unknown> & { id: string }, json: unknown) {
  await db.analyses.put(row);
  await db.analysisJson.put({ version: 1, id: row.id, analysis: json });
}

/** Both stored halves of an analysis, raw. */
async function storedRows(id: string) {
  return [await db.analyses.get(id), await db.analysisJson.get(id)];
}

/** The document stored in a record, read back through the schema. */
async function stored(id: string) {
  const loaded = await loadAnalysis(db, id);
  if (!loaded?.ok) throw new Error(`no readable analysis ${id}`);
  return loaded.value;
}

describe("analysisRepo", () => {
  it("saves and loads an analysis unchanged, with counts for the overview", async () => {
    await saveAnalysis(db, analysis);
    expect(await loadAnalysis(db, analysis.id)).toEqual({ ok: true, value: analysis });
    expect((await db.analyses.get(analysis.id))?.counts).toEqual({
      quotes: 1,
      clusters: 1,
      links: 1,
    });
    expect(await loadAnalysis(db, "missing")).toBeNull();
  });

  it("overwrites the stored copy on a later save", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, { ...analysis, title: "Nieuwe titel", updatedAt: 5 });
    const loaded = await loadAnalysis(db, analysis.id);
    expect(loaded?.ok && loaded.value.title).toBe("Nieuwe titel");
    expect(await db.analyses.count()).toBe(1);
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
    const loaded = await loadAnalysis(db, "bad");
    expect(loaded?.ok).toBe(false);
  });

  it("remembers the analysis opened last", async () => {
    expect(await lastOpenedId(db)).toBeNull();
    await rememberLastOpened(db, "a1");
    await rememberLastOpened(db, "a2");
    expect(await lastOpenedId(db)).toBe("a2");
  });

  it("notes when an analysis was opened, and keeps that time through saves and renames", async () => {
    await saveAnalysis(db, { ...analysis, updatedAt: 1_000 });
    const openedAt = async () =>
      (await listAnalyses(db)).find((r) => r.id === analysis.id)?.openedAt;
    // A new analysis counts as opened when it was made.
    expect(await openedAt()).toBe(1_000);
    await rememberLastOpened(db, analysis.id, 5_000);
    expect(await openedAt()).toBe(5_000);
    await saveAnalysis(db, { ...analysis, updatedAt: 6_000 });
    await renameAnalysis(db, analysis.id, "Anders", 7_000);
    await saveDocument(db, analysis.id, -1, () => ({
      analysis: { ...analysis, updatedAt: 8_000 },
      update: new Uint8Array([1]),
    }));
    expect(await openedAt()).toBe(5_000);
  });

  it("never writes the opening time into a row a newer Ontrafel wrote", async () => {
    const future = { ...recordFor(analysis), version: 99, openedAt: 1 };
    await db.analyses.put(future);
    await rememberLastOpened(db, analysis.id, 5_000);
    expect(await db.analyses.get(analysis.id)).toEqual(future);
  });

  it("lists every analysis, most recently edited first", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, other);
    expect((await listAnalyses(db)).map((r) => r.id)).toEqual(["analysis-2", "analysis-1"]);
  });

  it("lists the rows alone for what needs no document: titles, newest first, trash included", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, other);
    await trashAnalysis(db, other.id);
    const rows = await listAnalysisRows(db);
    expect(rows.map((r) => [r.id, r.title, r.deletedAt !== null])).toEqual([
      ["analysis-2", other.title, true],
      ["analysis-1", analysis.title, false],
    ]);
    expect(rows.every((r) => !("analysis" in r))).toBe(true);
  });
});

describe("rename", () => {
  it("changes the title in the record and in the document, and the edit time", async () => {
    await saveAnalysis(db, analysis);
    const renamed = await renameAnalysis(db, analysis.id, "Wachtlijsten", 42);
    expect(renamed).toEqual({ ...analysis, title: "Wachtlijsten", updatedAt: 42 });
    const record = await db.analyses.get(analysis.id);
    expect(record).toMatchObject({ title: "Wachtlijsten", updatedAt: 42, deletedAt: null });
    expect(await stored(analysis.id)).toEqual(renamed);
  });

  it("keeps a trashed analysis in the trash", async () => {
    await saveAnalysis(db, analysis);
    await trashAnalysis(db, analysis.id, 7);
    await renameAnalysis(db, analysis.id, "Anders", 8);
    expect(await db.analyses.get(analysis.id)).toMatchObject({ title: "Anders", deletedAt: 7 });
  });

  it("refuses a missing or unreadable analysis and leaves the record as it was", async () => {
    await expect(renameAnalysis(db, "missing", "x")).rejects.toBeInstanceOf(
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
    await expect(renameAnalysis(db, "bad", "Nieuw")).rejects.toThrow();
    expect(await storedRows("bad")).toEqual(before);
  });
});

describe("duplicate", () => {
  it("stores a copy under a new id and title, with the same nodes, links and viewport", async () => {
    const original = { ...analysis, viewport: { x: 10, y: 20, zoom: 1.5 } };
    await saveAnalysis(db, original);
    const copy = await duplicateStoredAnalysis(db, original.id, {
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
    expect((await db.analyses.get("copy-1"))?.counts).toEqual({
      quotes: 1,
      clusters: 1,
      links: 1,
    });
  });

  it("fails without writing when the new id is taken", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, other);
    await expect(
      duplicateStoredAnalysis(db, analysis.id, { newId: other.id, titleFor: (t) => t }),
    ).rejects.toThrow();
    expect(await stored(other.id)).toEqual(other);
    expect(await db.analyses.count()).toBe(2);
  });
});

describe("trash", () => {
  it("moves an analysis to the trash and back; the record stays", async () => {
    await saveAnalysis(db, analysis);
    await trashAnalysis(db, analysis.id, 5);
    expect((await db.analyses.get(analysis.id))?.deletedAt).toBe(5);
    // A trashed analysis does not open: not by deep link and not at start-up.
    expect(await loadAnalysis(db, analysis.id)).toBeNull();
    await restoreAnalysis(db, analysis.id);
    expect((await db.analyses.get(analysis.id))?.deletedAt).toBeNull();
    expect(await stored(analysis.id)).toEqual(analysis);
  });

  it("keeps the trash mark when the autosave writes a trashed analysis", async () => {
    await saveAnalysis(db, analysis);
    await trashAnalysis(db, analysis.id, 5);
    await saveAnalysis(db, { ...analysis, updatedAt: 6 });
    expect((await db.analyses.get(analysis.id))?.deletedAt).toBe(5);
  });

  it("refuses to trash or restore an analysis that does not exist", async () => {
    await expect(trashAnalysis(db, "missing")).rejects.toBeInstanceOf(AnalysisUnavailableError);
    await expect(restoreAnalysis(db, "missing")).rejects.toBeInstanceOf(AnalysisUnavailableError);
    expect(await db.analyses.count()).toBe(0);
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
      renameAnalysis(db, "future", "Nieuw"),
      duplicateStoredAnalysis(db, "future", { newId: "copy", titleFor: (t) => t }),
      trashAnalysis(db, "future"),
      restoreAnalysis(db, "future"),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toMatchObject({ analysisId: "future", newerVersion: 99 });
    expect(await db.analyses.count()).toBe(1);
    expect(await storedRows("future")).toEqual(before);
  });

  it("empties only the trash, with the trashed analyses' snapshots", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, other);
    await saveSnapshot(db, analysis, { id: "s1", name: "Eerste", now: 1 });
    await saveSnapshot(db, other, { id: "s2", name: "Andere", now: 2 });
    await trashAnalysis(db, analysis.id, 3);
    expect(await emptyTrash(db)).toBe(1);
    expect((await listAnalyses(db)).map((r) => r.id)).toEqual([other.id]);
    expect(await db.snapshots.toCollection().primaryKeys()).toEqual(["s2"]);
    expect(await db.analysisJson.toCollection().primaryKeys()).toEqual([other.id]);
    expect(await emptyTrash(db)).toBe(0);
  });
});

describe("an analysis's Yjs document as stored updates (database version 4)", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  // IndexedDB hands back bytes of its own realm here: compared as plain lists.
  const lists = (updates: readonly Uint8Array[] | undefined) => updates?.map((u) => Array.from(u));
  const noCompacting = () => {
    throw new Error("nothing to compact");
  };
  const storedUpdates = async () =>
    lists((await db.documentUpdates.toArray()).map((row) => row.update as Uint8Array));

  it("gives an analysis without a document its first update, made once, even for two tabs at once", async () => {
    await saveAnalysis(db, analysis);
    let made = 0;
    const make = (document: Analysis) => {
      made++;
      expect(document.id).toBe(analysis.id);
      return bytes(made, 7);
    };
    const [first, second] = await Promise.all([
      openDocument(db, analysis.id, make, noCompacting),
      openDocument(db, analysis.id, make, noCompacting),
    ]);
    expect(made).toBe(1);
    expect(lists(first?.updates)).toEqual([[1, 7]]);
    expect(lists(second?.updates)).toEqual([[1, 7]]);
    expect(second?.lastSeq).toBe(first?.lastSeq);
    expect(await storedUpdates()).toEqual([[1, 7]]);
  });

  it("merges a long list of updates into one when it opens", async () => {
    await saveAnalysis(db, analysis);
    await openDocument(db, analysis.id, () => bytes(0), noCompacting);
    let since = -1;
    for (let i = 1; i <= COMPACT_ABOVE; i++) {
      since = await saveDocument(db, analysis.id, since, () => ({ analysis, update: bytes(i) }));
    }
    const merged: number[][] = [];
    const opened = await openDocument(
      db,
      analysis.id,
      () => bytes(99),
      (updates) => {
        merged.push(...(lists(updates) ?? []));
        return bytes(42);
      },
    );
    expect(merged).toHaveLength(COMPACT_ABOVE + 1);
    expect(lists(opened?.updates)).toEqual([[42]]);
    expect(await storedUpdates()).toEqual([[42]]);
  });

  it("never gives a document to a row a newer Ontrafel wrote, nor changes it", async () => {
    const future = { ...recordFor(analysis), version: 99 };
    await db.analyses.put(future);
    expect(await openDocument(db, analysis.id, () => bytes(1), noCompacting)).toBeNull();
    expect(await db.analyses.get(analysis.id)).toEqual(future);
    expect(await db.documentUpdates.count()).toBe(0);
  });

  it("hands a save the updates stored after the tab's last one; the trash and opening time stay", async () => {
    await saveAnalysis(db, analysis);
    await rememberLastOpened(db, analysis.id, 4_000);
    await trashAnalysis(db, analysis.id, 500);
    const opened = await openDocument(db, analysis.id, () => bytes(0), noCompacting);
    const seen: unknown[] = [];
    const save = (since: number, label: string, update: Uint8Array) =>
      saveDocument(db, analysis.id, since, (newer) => {
        seen.push(lists(newer));
        return { analysis: { ...analysis, title: label }, update };
      });
    const mine = await save(opened?.lastSeq ?? -1, "Een", bytes(1));
    // Another tab, which last read the first update, saves; then this one again.
    await save(opened?.lastSeq ?? -1, "Twee", bytes(2));
    await save(mine, "Drie", bytes(3));
    expect(seen).toEqual([[], [[1]], [[2]]]);
    expect(await storedUpdates()).toEqual([[0], [1], [2], [3]]);
    const row = (await listAnalyses(db))[0];
    expect(row).toMatchObject({ title: "Drie", deletedAt: 500, openedAt: 4_000 });
  });

  it("a document written whole keeps its updates: none is made anew from it", async () => {
    await saveAnalysis(db, analysis);
    await openDocument(db, analysis.id, () => bytes(1), noCompacting);
    await saveAnalysis(db, { ...analysis, title: "Heel geschreven" });
    const opened = await openDocument(
      db,
      analysis.id,
      () => {
        throw new Error("a second, unrelated document");
      },
      noCompacting,
    );
    expect(lists(opened?.updates)).toEqual([[1]]);
    expect((await loadAnalysis(db, analysis.id))?.ok).toBe(true);
  });

  it("renames in the document too, as one more update in the same transaction", async () => {
    await saveAnalysis(db, analysis);
    await openDocument(db, analysis.id, () => bytes(1), noCompacting);
    const renamed = await renameAnalysis(db, analysis.id, "Nieuwe naam", 9_000, (updates, next) => {
      expect(lists(updates)).toEqual([[1]]);
      expect(next.title).toBe("Nieuwe naam");
      return bytes(2);
    });
    expect(renamed.title).toBe("Nieuwe naam");
    expect(await db.analyses.get(analysis.id)).toMatchObject({ title: "Nieuwe naam" });
    expect(await storedUpdates()).toEqual([[1], [2]]);
  });

  it("empties the trash of the analyses' documents too, and only theirs", async () => {
    await saveAnalysis(db, analysis);
    await saveAnalysis(db, other);
    await openDocument(db, analysis.id, () => bytes(1), noCompacting);
    await openDocument(db, other.id, () => bytes(2), noCompacting);
    await trashAnalysis(db, analysis.id, 3);
    await emptyTrash(db);
    expect(await storedUpdates()).toEqual([[2]]);
  });
});

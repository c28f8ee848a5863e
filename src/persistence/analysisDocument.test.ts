import { describe, expect, it } from "vitest";
import {
  storedAnalysis as analysis,
  otherAnalysis as other,
} from "../../tests/helpers/analysisRepoFixture";
import { databasePerTest } from "../../tests/helpers/databasePerTest";
import type { Analysis } from "../domain/analysis/analysis";
import {
  COMPACT_ABOVE,
  emptyTrash,
  listAnalyses,
  loadAnalysis,
  openDocument,
  recordFor,
  rememberLastOpened,
  renameAnalysis,
  saveAnalysis,
  saveDocument,
  trashAnalysis,
} from "./analysisRepo";

const db = databasePerTest("analysis-document");

// The repository's Yjs side: an analysis's document kept as stored updates beside its row
// (analysisRepo.test.ts covers the rows, renames, copies and the trash).

describe("an analysis's Yjs document as stored updates (database version 4)", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  // IndexedDB hands back bytes of its own realm here: compared as plain lists.
  const lists = (updates: readonly Uint8Array[] | undefined) => updates?.map((u) => Array.from(u));
  const noCompacting = () => {
    throw new Error("nothing to compact");
  };
  const storedUpdates = async () =>
    lists((await db().documentUpdates.toArray()).map((row) => row.update as Uint8Array));

  it("gives an analysis without a document its first update, made once, even for two tabs at once", async () => {
    await saveAnalysis(db(), analysis);
    let made = 0;
    const make = (document: Analysis) => {
      made++;
      expect(document.id).toBe(analysis.id);
      return bytes(made, 7);
    };
    const [first, second] = await Promise.all([
      openDocument(db(), analysis.id, make, noCompacting),
      openDocument(db(), analysis.id, make, noCompacting),
    ]);
    expect(made).toBe(1);
    expect(lists(first?.updates)).toEqual([[1, 7]]);
    expect(lists(second?.updates)).toEqual([[1, 7]]);
    expect(second?.lastSeq).toBe(first?.lastSeq);
    expect(await storedUpdates()).toEqual([[1, 7]]);
  });

  it("merges a long list of updates into one when it opens", async () => {
    await saveAnalysis(db(), analysis);
    await openDocument(db(), analysis.id, () => bytes(0), noCompacting);
    let since = -1;
    for (let i = 1; i <= COMPACT_ABOVE; i++) {
      since = await saveDocument(db(), analysis.id, since, () => ({ analysis, update: bytes(i) }));
    }
    const merged: number[][] = [];
    const opened = await openDocument(
      db(),
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
    await db().analyses.put(future);
    expect(await openDocument(db(), analysis.id, () => bytes(1), noCompacting)).toBeNull();
    expect(await db().analyses.get(analysis.id)).toEqual(future);
    expect(await db().documentUpdates.count()).toBe(0);
  });

  it("hands a save the updates stored after the tab's last one; the trash and opening time stay", async () => {
    await saveAnalysis(db(), analysis);
    await rememberLastOpened(db(), analysis.id, 4_000);
    await trashAnalysis(db(), analysis.id, 500);
    const opened = await openDocument(db(), analysis.id, () => bytes(0), noCompacting);
    const seen: unknown[] = [];
    const save = (since: number, label: string, update: Uint8Array) =>
      saveDocument(db(), analysis.id, since, (newer) => {
        seen.push(lists(newer));
        return { analysis: { ...analysis, title: label }, update };
      });
    const mine = await save(opened?.lastSeq ?? -1, "Een", bytes(1));
    // Another tab, which last read the first update, saves; then this one again.
    await save(opened?.lastSeq ?? -1, "Twee", bytes(2));
    await save(mine, "Drie", bytes(3));
    expect(seen).toEqual([[], [[1]], [[2]]]);
    expect(await storedUpdates()).toEqual([[0], [1], [2], [3]]);
    const row = (await listAnalyses(db()))[0];
    expect(row).toMatchObject({ title: "Drie", deletedAt: 500, openedAt: 4_000 });
  });

  it("a document written whole keeps its updates: none is made anew from it", async () => {
    await saveAnalysis(db(), analysis);
    await openDocument(db(), analysis.id, () => bytes(1), noCompacting);
    await saveAnalysis(db(), { ...analysis, title: "Heel geschreven" });
    const opened = await openDocument(
      db(),
      analysis.id,
      () => {
        throw new Error("a second, unrelated document");
      },
      noCompacting,
    );
    expect(lists(opened?.updates)).toEqual([[1]]);
    expect((await loadAnalysis(db(), analysis.id))?.ok).toBe(true);
  });

  it("renames in the document too, as one more update in the same transaction", async () => {
    await saveAnalysis(db(), analysis);
    await openDocument(db(), analysis.id, () => bytes(1), noCompacting);
    const renamed = await renameAnalysis(
      db(),
      analysis.id,
      "Nieuwe naam",
      9_000,
      (updates, next) => {
        expect(lists(updates)).toEqual([[1]]);
        expect(next.title).toBe("Nieuwe naam");
        return bytes(2);
      },
    );
    expect(renamed.title).toBe("Nieuwe naam");
    expect(await db().analyses.get(analysis.id)).toMatchObject({ title: "Nieuwe naam" });
    expect(await storedUpdates()).toEqual([[1], [2]]);
  });

  it("empties the trash of the analyses' documents too, and only theirs", async () => {
    await saveAnalysis(db(), analysis);
    await saveAnalysis(db(), other);
    await openDocument(db(), analysis.id, () => bytes(1), noCompacting);
    await openDocument(db(), other.id, () => bytes(2), noCompacting);
    await trashAnalysis(db(), analysis.id, 3);
    await emptyTrash(db());
    expect(await storedUpdates()).toEqual([[2]]);
  });
});

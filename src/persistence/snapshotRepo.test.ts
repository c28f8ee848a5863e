import { describe, expect, it } from "vitest";
import { factor, link, makeAnalysis } from "../../tests/helpers/analysisFactory";
import { databasePerTest } from "../../tests/helpers/databasePerTest";
import { AnalysisUnavailableError, loadAnalysis, saveAnalysis } from "./analysisRepo";
import { listSnapshots, restoreSnapshotAsCopy, saveSnapshot } from "./snapshotRepo";

const db = databasePerTest("snapshot-repo");

const analysis = {
  ...makeAnalysis([factor("a", "cause"), factor("b", "problem")], [link("a", "b")]),
  viewport: { x: 5, y: 6, zoom: 2 },
};

describe("snapshotRepo", () => {
  it("stores named versions and lists an analysis's own, newest first", async () => {
    await saveSnapshot(db(), analysis, { id: "s1", name: "Voor de sessie", now: 1 });
    await saveSnapshot(db(), analysis, { id: "s2", name: "Na de sessie", now: 2 });
    await saveSnapshot(db(), { ...analysis, id: "elders" }, { id: "s3", name: "Elders", now: 3 });
    expect(await listSnapshots(db(), analysis.id)).toEqual([
      { id: "s2", analysisId: analysis.id, name: "Na de sessie", createdAt: 2 },
      { id: "s1", analysisId: analysis.id, name: "Voor de sessie", createdAt: 1 },
    ]);
    expect((await db().snapshots.get("s1"))?.analysis).toEqual(analysis);
  });

  it("restores a snapshot as a new analysis and leaves the original alone", async () => {
    await saveAnalysis(db(), analysis);
    await saveSnapshot(db(), analysis, { id: "s1", name: "Versie 1", now: 1 });
    const changed = { ...analysis, nodes: [], edges: [], updatedAt: 50 };
    await saveAnalysis(db(), changed);

    const copy = await restoreSnapshotAsCopy(db(), "s1", {
      newId: "copy",
      titleFor: (title, name) => `${title} (${name})`,
      now: 60,
    });
    expect(copy).toEqual({
      ...analysis,
      id: "copy",
      title: "Testanalyse (Versie 1)",
      createdAt: 60,
      updatedAt: 60,
    });
    expect(await loadAnalysis(db(), "copy")).toEqual({ ok: true, value: copy });
    expect(await loadAnalysis(db(), analysis.id)).toEqual({ ok: true, value: changed });
    expect(await listSnapshots(db(), analysis.id)).toHaveLength(1);
  });

  it("refuses a missing or unreadable snapshot, and a taken id, without writing", async () => {
    await expect(
      restoreSnapshotAsCopy(db(), "missing", { newId: "x", titleFor: (t) => t }),
    ).rejects.toBeInstanceOf(AnalysisUnavailableError);
    await db().snapshots.put({
      id: "bad",
      analysisId: "a",
      name: "kapot",
      createdAt: 0,
      analysis: { schemaVersion: 1, nodes: 3 },
    });
    await expect(
      restoreSnapshotAsCopy(db(), "bad", { newId: "x", titleFor: (t) => t }),
    ).rejects.toBeInstanceOf(AnalysisUnavailableError);
    await saveAnalysis(db(), analysis);
    await saveSnapshot(db(), analysis, { id: "s1", name: "v", now: 1 });
    await expect(
      restoreSnapshotAsCopy(db(), "s1", { newId: analysis.id, titleFor: (t) => `${t}!` }),
    ).rejects.toThrow();
    expect(await db().analyses.count()).toBe(1);
    expect((await db().analyses.get(analysis.id))?.title).toBe(analysis.title);
  });
});

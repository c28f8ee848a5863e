import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { lastOpenedId, loadAnalysis, rememberLastOpened, saveAnalysis } from "./analysisRepo";
import { OntrafelDb } from "./db";

let db: OntrafelDb;
let n = 0;
beforeEach(async () => {
  db = new OntrafelDb(`analysis-repo-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("analysisRepo", () => {
  const analysis = makeAnalysis(
    [cluster("k", "cause"), quoteCard("c", "q1", { clusterId: "k" }), factor("p", "problem")],
    [link("k", "p")],
  );

  it("saves and loads an analysis unchanged, with counts for the overview", async () => {
    await saveAnalysis(db, analysis);
    expect(await loadAnalysis(db, analysis.id)).toEqual({ ok: true, analysis });
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
    expect(loaded?.ok && loaded.analysis.title).toBe("Nieuwe titel");
    expect(await db.analyses.count()).toBe(1);
  });

  it("reports stored data that no longer validates instead of opening it", async () => {
    await db.analyses.put({
      id: "bad",
      title: "x",
      updatedAt: 0,
      deletedAt: null,
      counts: { quotes: 0, clusters: 0, links: 0 },
      analysis: { ...analysis, id: "bad", nodes: [{ kind: "unknown" }] },
    });
    const loaded = await loadAnalysis(db, "bad");
    expect(loaded?.ok).toBe(false);
  });

  it("remembers the analysis opened last", async () => {
    expect(await lastOpenedId(db)).toBeNull();
    await rememberLastOpened(db, "a1");
    await rememberLastOpened(db, "a2");
    expect(await lastOpenedId(db)).toBe("a2");
  });
});

import { afterEach, beforeEach } from "vitest";
import { OntrafelDb } from "../../src/persistence/db";
import { cluster, factor, link, makeAnalysis, quoteCard } from "./analysisFactory";

/** What the repository's tests store: a cluster with a card, a problem and a link to it. */
export const storedAnalysis = makeAnalysis(
  [cluster("k", "cause"), quoteCard("c", "q1", { clusterId: "k" }), factor("p", "problem")],
  [link("k", "p")],
);

/** A second analysis, empty and edited earlier. */
export const otherAnalysis = {
  ...makeAnalysis(),
  id: "analysis-2",
  title: "Tweede",
  updatedAt: 10,
};

/**
 * A database of its own for every test of the file, opened before it and deleted after it.
 * Called once at the top of a test file; the function gives the current test's database.
 */
export function databasePerTest(prefix: string): () => OntrafelDb {
  let db: OntrafelDb | null = null;
  let n = 0;
  beforeEach(async () => {
    db = new OntrafelDb(`${prefix}-${++n}`);
    await db.open();
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
  return () => {
    if (!db) throw new Error("the database exists only inside a test");
    return db;
  };
}

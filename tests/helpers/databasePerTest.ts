import { afterEach, beforeEach } from "vitest";
import { OntrafelDb } from "../../src/persistence/db";

/**
 * A database of its own for every test of the file, opened before it and deleted after it.
 * Called once at the top of a test file; the function gives the current test's database. The
 * file's own beforeEach hooks run after the database is open, and its own afterEach hooks before
 * it is deleted (after-hooks run in the reverse order of their setting).
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

import { afterEach, describe, expect, it } from "vitest";
import type { Correction } from "../domain/corpus/corrections";
import { addCorrection, listCorrections } from "./correctionRepo";
import { OntrafelDb } from "./db";

let db: OntrafelDb;
afterEach(async () => {
  await db.delete();
});

const edit = (id: string, createdAt: number): Correction => ({
  id,
  corpusId: "c1",
  quoteId: "q1",
  createdAt,
  excerpt: "Oud",
  kind: "edit",
  text: `Nieuw ${id}`,
});

describe("corrections in storage", () => {
  it("stores a correction with its record version and reads it back as it was", async () => {
    db = new OntrafelDb("corrections-versioned");
    await addCorrection(db, edit("a", 1));
    expect(await db.corrections.get("a")).toMatchObject({ id: "a", version: 1 });
    expect(await listCorrections(db, "c1")).toEqual([edit("a", 1)]);
  });

  it("reports an unreadable correction instead of dropping it in silence, and leaves it stored", async () => {
    db = new OntrafelDb("corrections-unreadable");
    const reported: string[] = [];
    db.onUnreadable((problem) => reported.push(`${problem.table}/${problem.key}`));
    await addCorrection(db, edit("a", 1));
    await db.corrections.add({ ...edit("broken", 2), kind: "teleport" });
    await addCorrection(db, edit("c", 3));

    expect((await listCorrections(db, "c1")).map((c) => c.id)).toEqual(["a", "c"]);
    expect(reported).toEqual(["corrections/broken"]);
    expect(db.unreadable[0]?.reason).toContain("kind");
    expect(await db.corrections.get("broken")).toMatchObject({ kind: "teleport" });
  });

  it("refuses a correction from a newer Ontrafel the same way", async () => {
    db = new OntrafelDb("corrections-newer");
    await db.corrections.add({ ...edit("future", 1), version: 2 });
    expect(await listCorrections(db, "c1")).toEqual([]);
    expect(db.unreadable).toEqual([
      { table: "corrections", key: "future", reason: "tooNew version 2" },
    ]);
  });
});

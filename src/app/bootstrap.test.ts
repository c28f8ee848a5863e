import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { factor } from "../../tests/helpers/analysisFactory";
import type { Analysis } from "../domain/analysis/analysis";
import { setLabel } from "../domain/analysis/operations";
import { changeUpdate, stateOfAnalysis } from "../io/ydoc/documentState";
import { loadAnalysis, saveAnalysis, saveDocument } from "../persistence/analysisRepo";
import { OntrafelDb } from "../persistence/db";
import { SEED_CORPUS_ID } from "../persistence/seedSource";
import { createAppStore } from "../state/createAppStore";
import { bootstrap } from "./bootstrap";
import { readRescueCopies, writeRescueCopy } from "./rescue";

let name: string;
let n = 0;
beforeEach(() => {
  name = `bootstrap-${++n}`;
  localStorage.clear();
});
afterEach(async () => {
  await new OntrafelDb(name).delete();
});

async function start() {
  const store = createAppStore();
  const db = await bootstrap(store, () => new OntrafelDb(name));
  return { store, db };
}

describe("bootstrap", () => {
  it("imports the seed corpus and opens a new, saved analysis on a first start", async () => {
    const { store, db } = await start();
    const state = store.getState();
    expect(state.corpusStatus.kind).toBe("ready");
    expect(state.quotes.length).toBeGreaterThan(500);
    expect(state.analysis.corpusId).toBe("seed-bloemlezing");
    expect(await db?.analyses.get(state.analysis.id)).toBeDefined();
    // Dated like every new analysis, not a generic "Nieuwe analyse" shared by many.
    expect(state.analysis.title).toMatch(/^Analyse \d{1,2} \p{L}+ \d{4}$/u);
    db?.close();
  });

  it("reopens the analysis that was open last", async () => {
    const first = await start();
    const id = first.store.getState().analysis.id;
    first.db?.close();
    const second = await start();
    expect(second.store.getState().analysis.id).toBe(id);
    second.db?.close();
  });

  it("reopens a stored analysis without writing it again, and records when it was opened", async () => {
    const first = await start();
    const id = first.store.getState().analysis.id;
    const row = async (db: OntrafelDb | null) =>
      (await db?.analyses.get(id)) as { updatedAt: number; openedAt: number; analysis: unknown };
    const before = await row(first.db);
    first.db?.close();
    const second = await start();
    const after = await row(second.db);
    // The document is stored as it was (same time, same content); only the opening time moved.
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.analysis).toEqual(before.analysis);
    expect(after.openedAt).toBeGreaterThanOrEqual(before.openedAt);
    expect((await second.db?.meta.get("lastOpenedAnalysisId"))?.value).toBe(id);
    second.db?.close();
  });

  it("prefers a newer rescue copy left by an unload over the stored analysis, then stores it", async () => {
    const first = await start();
    const stored = first.store.getState().analysis;
    const newer = {
      ...setLabel({ ...stored, nodes: [factor("f")] }, "f", "gered"),
      updatedAt: stored.updatedAt + 1000,
    };
    writeRescueCopy(newer);
    first.db?.close();
    const second = await start();
    expect(second.store.getState().analysis).toEqual(newer);
    expect(readRescueCopies(stored.id)).toEqual([]);
    second.db?.close();
  });

  it("keeps a rescued view: moving the view changes no time, yet the copy is newer", async () => {
    const first = await start();
    const stored = first.store.getState().analysis;
    const moved = { ...stored, viewport: { x: -200, y: -110, zoom: 1.2 } };
    writeRescueCopy(moved);
    first.db?.close();
    const second = await start();
    expect(second.store.getState().analysis.viewport).toEqual(moved.viewport);
    second.db?.close();
  });

  /** `base` stored with its Yjs document; each tab's change of it as the update it would leave. */
  async function storedWithTabs(db: OntrafelDb, base: Analysis, tabs: Analysis[]) {
    const first = stateOfAnalysis(base);
    await saveAnalysis(db, base);
    const since = await saveDocument(db, base.id, -1, () => ({ analysis: base, update: first }));
    return { since, updates: tabs.map((tab) => changeUpdate([first], tab)) };
  }
  const labelsOf = (analysis: Analysis) =>
    analysis.nodes.map((n) => (n.kind === "factor" ? n.label : n.id));

  it("merges a rescue copy into what another tab stored after it: both edits stay, and are stored", async () => {
    const first = await start();
    const base = { ...first.store.getState().analysis, nodes: [factor("a"), factor("b")] };
    if (!first.db) throw new Error("no database");
    // This tab named "a" but went away before saving; another tab named "b" and saved later.
    const rescued = { ...setLabel(base, "a", "van deze tab"), updatedAt: base.updatedAt + 10 };
    const other = { ...setLabel(base, "b", "van de andere tab"), updatedAt: base.updatedAt + 20 };
    const { since, updates } = await storedWithTabs(first.db, base, [rescued, other]);
    await saveDocument(first.db, base.id, since, () => ({
      analysis: other,
      update: updates[1] ?? null,
    }));
    writeRescueCopy(rescued, updates[0]);
    first.db.close();
    const second = await start();
    expect(labelsOf(second.store.getState().analysis)).toEqual([
      "van deze tab",
      "van de andere tab",
    ]);
    const stored = second.db ? await loadAnalysis(second.db, base.id) : null;
    expect(stored?.ok && labelsOf(stored.value)).toEqual(["van deze tab", "van de andere tab"]);
    expect(readRescueCopies(base.id)).toEqual([]);
    second.db?.close();
  });

  it("keeps the copies of two tabs that went away at once", async () => {
    const first = await start();
    const base = { ...first.store.getState().analysis, nodes: [factor("a"), factor("b")] };
    if (!first.db) throw new Error("no database");
    const tabOne = { ...setLabel(base, "a", "tab een"), updatedAt: base.updatedAt + 10 };
    const tabTwo = { ...setLabel(base, "b", "tab twee"), updatedAt: base.updatedAt + 20 };
    const { updates } = await storedWithTabs(first.db, base, [tabOne, tabTwo]);
    writeRescueCopy(tabOne, updates[0], "tab-1");
    writeRescueCopy(tabTwo, updates[1], "tab-2");
    first.db.close();
    const second = await start();
    expect(labelsOf(second.store.getState().analysis)).toEqual(["tab een", "tab twee"]);
    expect(readRescueCopies(base.id)).toEqual([]);
    second.db?.close();
  });

  it("takes a copy an Ontrafel from before Yjs states left in the older single slot, when newer", async () => {
    const first = await start();
    const base = { ...first.store.getState().analysis, nodes: [factor("c")] };
    if (!first.db) throw new Error("no database");
    await saveAnalysis(first.db, base);
    const older = { ...setLabel(base, "c", "oude versie"), updatedAt: base.updatedAt + 5 };
    localStorage.setItem(`ontrafel.rescue.${base.id}`, JSON.stringify({ analysis: older, base }));
    first.db.close();
    const second = await start();
    expect(labelsOf(second.store.getState().analysis)).toEqual(["oude versie"]);
    expect(readRescueCopies(base.id)).toEqual([]);
    second.db?.close();
  });
});

describe("bootstrap and the bundled quotes", () => {
  it("shows the bundled quotes before the database has answered", async () => {
    const store = createAppStore();
    // A database that never opens: the analysis waits for it, the library does not.
    const stalled = () => {
      const db = new OntrafelDb(name);
      vi.spyOn(db, "open").mockReturnValue(new Promise(() => {}) as ReturnType<OntrafelDb["open"]>);
      return db;
    };
    void bootstrap(store, stalled);
    // A hang guard: the bundled quotes' module is parsed at import, seconds on a loaded machine.
    await vi.waitFor(() => expect(store.getState().quotes.length).toBeGreaterThan(500), {
      timeout: 20_000,
    });
    expect(store.getState().corpusStatus.kind).toBe("ready");
  });

  it("says on a return start when the quotes were first stored, not today", async () => {
    const first = await start();
    await first.db?.corpora.update(SEED_CORPUS_ID, { importedAt: 1000 });
    first.db?.close();
    const second = await start();
    expect(second.store.getState().corpusStatus).toMatchObject({
      kind: "ready",
      corpus: { id: SEED_CORPUS_ID, importedAt: 1000 },
      persisted: true,
    });
    second.db?.close();
  });

  it("stores the quotes again, once the page is idle, when a stored row went missing", async () => {
    const first = await start();
    const count = await first.db?.quotes.count();
    const [key] = (await first.db?.quotes.toCollection().primaryKeys()) ?? [];
    if (!key) throw new Error("no stored quote");
    await first.db?.quotes.delete(key);
    first.db?.close();
    const second = await start();
    await vi.waitFor(async () => expect(await second.db?.quotes.count()).toBe(count), {
      timeout: 20_000,
    });
    second.db?.close();
  });
});

describe("bootstrap after the last analysis was trashed", () => {
  it("opens the newest remaining analysis instead of a new empty one", async () => {
    const first = await start();
    const db = first.db;
    if (!db) throw new Error("no database");
    const lastId = first.store.getState().analysis.id;
    const other = {
      ...first.store.getState().analysis,
      id: "other",
      title: "Andere",
      updatedAt: 1,
    };
    await saveAnalysis(db, other);
    await db.analyses.update(lastId, { deletedAt: Date.now() });
    db.close();
    const second = await start();
    expect(second.store.getState().analysis.id).toBe("other");
    second.db?.close();
  });
});

/** Every record of every store of a raw IndexedDB database, to prove nothing was written. */
async function dump(dbName: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out: Record<string, unknown[]> = { version: [db.version] };
  for (const storeName of [...db.objectStoreNames]) {
    out[storeName] = await new Promise<unknown[]>((resolve) => {
      const all = db.transaction(storeName).objectStore(storeName).getAll();
      all.onsuccess = () => resolve(all.result);
    });
  }
  db.close();
  return JSON.stringify(out);
}

/** The database as it is when the disk is full: every write refused with a quota error. */
function full(): OntrafelDb {
  const db = new OntrafelDb(name);
  db.use({
    stack: "dbcore",
    name: "full",
    create: (down) => ({
      ...down,
      table: (tableName) => ({
        ...down.table(tableName),
        mutate: async () => {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        },
      }),
    }),
  });
  return db;
}

// Each start parses the whole seed bloemlezing (in memory or into the database): CPU work that
// takes seconds on a shared two-core machine.
describe("bootstrap at the edges of storage", { timeout: 20_000 }, () => {
  it("leaves a newer Ontrafel's database untouched, says so and works in memory", async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 990);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore("meta", { keyPath: "key" }).put({
          key: "lastOpened",
          value: "future",
        });
        db.createObjectStore("analyses", { keyPath: "id" }).put({
          id: "future",
          analysis: { schemaVersion: 99, id: "future", hologram: true },
        });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const before = await dump(name);
    const { store, db } = await start();
    expect(db).toBeNull();
    expect(store.getState().storageIssue).toEqual({ kind: "newerDatabase" });
    expect(store.getState().corpusStatus.kind).toBe("ready");
    store
      .getState()
      .change((a) => ({ ...a, nodes: [factor("f", null, "alleen in het geheugen")] }));
    expect(await dump(name)).toBe(before);
  });

  it("opens the analysis with its rescue copy when storage is full, and keeps the copy", async () => {
    const first = await start();
    const stored = first.store.getState().analysis;
    first.db?.close();
    const edited = {
      ...stored,
      nodes: [factor("f", null, "na het vollopen")],
      updatedAt: stored.updatedAt + 5,
    };
    writeRescueCopy(edited);
    const store = createAppStore();
    const db = await bootstrap(store, full);
    expect(store.getState().corpusStatus.kind).toBe("ready");
    expect(store.getState().analysis.nodes).toEqual(edited.nodes);
    expect(store.getState().storageIssue).toEqual({ kind: "quota" });
    expect(readRescueCopies(stored.id)).toHaveLength(1);
    db?.close();
  });

  it("shows the quotes of a first start before they are stored, and stores them", async () => {
    const events: string[] = [];
    const recording = () => {
      const db = new OntrafelDb(name);
      db.use({
        stack: "dbcore",
        name: "recording",
        create: (down) => ({
          ...down,
          table: (tableName) => {
            const table = down.table(tableName);
            if (tableName !== "quotes") return table;
            return {
              ...table,
              mutate: (request) =>
                table.mutate(request).then((result) => {
                  events.push(`stored ${request.type}`);
                  return result;
                }),
            };
          },
        }),
      });
      return db;
    };
    const store = createAppStore();
    store.subscribe((state, previous) => {
      if (state.corpusStatus.kind === "ready" && previous.corpusStatus.kind !== "ready")
        events.push(`shown ${state.quotes.length > 500}`);
    });
    const db = await bootstrap(store, recording);
    // The library had the quotes before the first write of them landed.
    expect(events[0]).toBe("shown true");
    // Read after the import's transaction, so it sees what it stored.
    expect(await db?.quotes.count()).toBe(store.getState().quotes.length);
    expect(events).toContain("stored add");
    db?.close();
  });

  it("keeps the quotes of a first start in memory when storage is full, and says so", async () => {
    const store = createAppStore();
    const db = await bootstrap(store, full);
    await vi.waitFor(() =>
      expect(store.getState().corpusStatus).toMatchObject({ kind: "ready", persisted: false }),
    );
    const { quotes, storageIssue } = store.getState();
    expect(quotes.length).toBeGreaterThan(500);
    expect(storageIssue).toEqual({ kind: "quota" });
    // The database stays in use: the analysis is stored once there is room again.
    expect(db).not.toBeNull();
    db?.close();
  });
});

import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { factor, makeAnalysis } from "../../tests/helpers/analysisFactory";
import type { Analysis } from "../domain/analysis/analysis";
import { ANALYSIS_SCHEMA_VERSION } from "../domain/analysis/analysis";
import { setLabel } from "../domain/analysis/operations";
import { OntrafelDb } from "../persistence/db";
import { type AppStore, createAppStore } from "../state/createAppStore";
import { StoreProvider } from "../state/StoreProvider";
import { createAnalysisSession } from "./analysisSession";
import { startAutosave } from "./autosave";
import { bootstrap } from "./bootstrap";
import { StorageBanner } from "./StorageBanner";
import { isQuotaError, requestPersistentStorage, watchConnection } from "./storage";

function renderBanner(store: AppStore) {
  return render(
    <StoreProvider store={store}>
      <StorageBanner />
    </StoreProvider>,
  );
}

function withCorpus(store: AppStore) {
  store.getState().corpusLoaded(
    {
      id: "seed",
      name: "Test",
      kind: "seed",
      contentHash: "h",
      parserVersion: 1,
      quoteCount: 0,
      importedAt: 0,
    },
    [],
    true,
  );
}

beforeEach(() => localStorage.clear());

describe("a save that hits the storage quota", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sets the banner, keeps the work in memory, offers an export and recovers", async () => {
    let full = true;
    const save = vi.fn(async (_a: Analysis) => {
      if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const store = createAppStore();
    withCorpus(store);
    store.getState().openAnalysis(makeAnalysis([factor("f")]));
    const autosave = startAutosave(store, save, 400);
    store.getState().change((a) => setLabel(a, "f", "niet kwijtraken"));
    await vi.advanceTimersByTimeAsync(400);

    expect(store.getState().storageIssue).toEqual({ kind: "quota" });
    expect(store.getState().analysis.nodes[0]).toMatchObject({ label: "niet kwijtraken" });

    const createObjectURL = vi.fn((_blob: Blob) => "blob:export");
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderBanner(store);
    expect(screen.getByRole("alert")).toHaveTextContent(/opslag van deze browser is vol/);
    fireEvent.click(screen.getByRole("button", { name: "Analyse exporteren (JSON)" }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (!blob) throw new Error("nothing exported");
    const file = JSON.parse(await blob.text());
    expect(file).toMatchObject({
      format: "ontrafel-analysis",
      schemaVersion: ANALYSIS_SCHEMA_VERSION,
      analysis: { nodes: [{ label: "niet kwijtraken" }] },
    });
    expect(typeof file.appVersion).toBe("string");

    full = false;
    await autosave.flush();
    expect(store.getState().storageIssue).toBeNull();
    expect(save).toHaveBeenCalledTimes(2);
    autosave.stop();
  });

  it("recognises a quota error wrapped by Dexie", () => {
    const inner = new DOMException("full", "QuotaExceededError");
    expect(isQuotaError(Object.assign(new Error("wrapped"), { name: "AbortError", inner }))).toBe(
      true,
    );
    expect(isQuotaError(new Error("other"))).toBe(false);
  });
});

describe("without IndexedDB", () => {
  it("keeps working in memory, says so and offers an export", async () => {
    const store = createAppStore();
    const db = await bootstrap(store, () => {
      throw new DOMException("blocked", "InvalidStateError");
    });
    expect(db).toBeNull();
    const session = createAnalysisSession(store, db);
    expect(store.getState().storageIssue).toEqual({ kind: "unavailable" });
    store.getState().change((a) => ({ ...a, nodes: [factor("f", null, "in geheugen")] }));
    expect(store.getState().analysis.nodes).toHaveLength(1);
    renderBanner(store);
    expect(screen.getByRole("alert")).toHaveTextContent(/alleen in het geheugen/);
    expect(screen.getByRole("button", { name: "Analyse exporteren (JSON)" })).toBeVisible();
    session.stop();
  });
});

describe("persistent storage", () => {
  it("asks once and records the answer", async () => {
    const store = createAppStore();
    const persist = vi.fn(async () => true);
    await requestPersistentStorage(store, {
      persist,
      persisted: async () => false,
    } as unknown as StorageManager);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.getState().storagePersisted).toBe(true);
  });
});

describe("database versions held by other tabs", () => {
  let name: string;
  let n = 0;
  beforeEach(() => {
    name = `storage-version-${++n}`;
  });
  afterEach(async () => {
    await new OntrafelDb(name).delete();
  });

  it("an old tab lets go of the database on an upgrade and asks for a reload", async () => {
    const store = createAppStore();
    const db = watchConnection(new OntrafelDb(name), store);
    await db.open();
    const upgrade = indexedDB.open(name, 1000);
    await new Promise((resolve, reject) => {
      upgrade.onsuccess = resolve;
      upgrade.onerror = () => reject(upgrade.error);
      upgrade.onblocked = () => reject(new Error("blocked"));
    });
    upgrade.result.close();
    expect(store.getState().storageIssue).toEqual({ kind: "outdated" });
    expect(db.isOpen()).toBe(false);
  });

  it("a new tab waits for an old one with a message, then carries on", async () => {
    const old = indexedDB.open(name, 10);
    await new Promise((resolve) => {
      old.onsuccess = resolve;
    });
    const store = createAppStore();
    const db = watchConnection(new OntrafelDb(name), store);
    const opening = db.open();
    await vi.waitFor(() =>
      expect(store.getState().storageIssue).toEqual({ kind: "upgradeBlocked" }),
    );
    old.result.close();
    await opening;
    expect(store.getState().storageIssue).toBeNull();
    db.close();
  });
});

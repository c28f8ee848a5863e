import { rememberLastOpened, saveAnalysis } from "../persistence/analysisRepo";
import { DB_VERSION, type OntrafelDb } from "../persistence/db";
import type { AppStore } from "../state/createAppStore";
import type { StorageIssue } from "../state/slices/uiSlice";
import { clearRescueCopy, writeRescueCopy } from "./rescue";

/** Asks once for storage the browser will not evict under pressure, and shows the answer. */
export async function requestPersistentStorage(
  store: AppStore,
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<void> {
  if (!storage?.persist) return;
  try {
    const persisted = (await storage.persisted?.()) || (await storage.persist());
    store.getState().setStoragePersisted(persisted);
  } catch {
    store.getState().setStoragePersisted(null);
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the DOMException; its `inner` holds the original.
  return name === "QuotaExceededError" || (inner !== undefined && isQuotaError(inner));
}

/** Dexie's refusal to open a database whose version is above the one this code declares. */
export function isVersionError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === "VersionError" || (inner !== undefined && isVersionError(inner));
}

/** An open database whose IndexedDB version is above ours: a newer Ontrafel made it. */
export function isNewerDatabase(db: OntrafelDb): boolean {
  return db.backendDB().version > DB_VERSION * 10;
}

/** The banner for a failed save: storage full, or the error as it is. */
export function issueForSaveError(error: unknown): StorageIssue {
  if (isQuotaError(error)) return { kind: "quota" };
  return { kind: "saveFailed", message: error instanceof Error ? error.message : String(error) };
}

/** Save problems clear once a save succeeds; the other issues need the person to act. */
export function isSaveIssue(issue: StorageIssue | null): boolean {
  return issue?.kind === "quota" || issue?.kind === "saveFailed";
}

/**
 * Handles database version changes between tabs instead of hanging: an upgrade blocked by an
 * old tab says so ("waiting for the other tab") until it goes through; a tab whose database is
 * upgraded elsewhere keeps a rescue copy of its document, lets go of the connection and asks
 * for a reload.
 */
export function watchConnection(db: OntrafelDb, store: AppStore): OntrafelDb {
  db.on("blocked", () => store.getState().setStorageIssue({ kind: "upgradeBlocked" }));
  db.on("ready", () => {
    if (store.getState().storageIssue?.kind === "upgradeBlocked")
      store.getState().setStorageIssue(null);
  });
  // A row that fails its reader is skipped where it is read; the person is told once.
  db.onUnreadable(() => {
    if (store.getState().storageIssue === null)
      store.getState().setStorageIssue({ kind: "unreadable" });
  });
  // Dexie says "close" for every close, ours too; only a connection that was open and that the
  // browser closed (as clear-site-data does: everything stored is gone) counts, not one this
  // tab let go of. A newer Ontrafel's database is left alone whatever happens.
  let opened = false;
  let letGo = false;
  db.on(
    "ready",
    () => {
      opened = true;
      letGo = false;
    },
    true,
  );
  db.on("versionchange", (event: IDBVersionChangeEvent) => {
    writeRescueCopy(store.getState().analysis);
    letGo = true;
    db.close();
    // No new version: the database is being deleted (another page), not upgraded.
    if (event.newVersion === null) void storeAgain(db, store);
    else store.getState().setStorageIssue({ kind: "outdated" });
  });
  db.on("close", () => {
    if (!opened || letGo) return;
    if (store.getState().storageIssue?.kind === "newerDatabase") return;
    // Dexie fires this before it lets go of the connection: store again once it has.
    setTimeout(() => void storeAgain(db, store), 0);
  });
  return db;
}

/**
 * The database is gone: says so, opens a new, empty one and stores the open analysis in it
 * from memory (the rescue copy written above covers a reload before that lands).
 */
async function storeAgain(db: OntrafelDb, store: AppStore, attempt = 0): Promise<void> {
  store.getState().setStorageIssue({ kind: "lost" });
  try {
    if (!db.isOpen()) await db.open();
    const { analysis } = store.getState();
    await saveAnalysis(db, analysis);
    await rememberLastOpened(db, analysis.id);
    clearRescueCopy(analysis.id);
  } catch (error) {
    // The browser may still be clearing: tried again a few times, each a little later.
    if (attempt >= STORE_AGAIN_ATTEMPTS) console.warn("could not store the analysis again", error);
    else setTimeout(() => void storeAgain(db, store, attempt + 1), 500 * 2 ** attempt);
  }
}

const STORE_AGAIN_ATTEMPTS = 5;

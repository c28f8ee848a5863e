import type { Language } from "../../i18n/messages";
import type { Route } from "../../services/route";
import type { SliceCreator } from "../sliceCreator";

/** What the autosave last did, shown as it is: never "saved" while a write is pending. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  | { kind: "error"; message: string }
  | { kind: "memoryOnly" };

/**
 * Why the analysis may not be safely stored, shown in a banner with an export: storage full,
 * another save failure, no IndexedDB at all, an upgrade waiting for an old tab, or this tab's
 * database closed because a newer Ontrafel opened in another tab.
 */
export type StorageIssue =
  | { kind: "quota" }
  | { kind: "saveFailed"; message: string }
  | { kind: "unavailable" }
  | { kind: "upgradeBlocked" }
  | { kind: "outdated" }
  /** A stored row failed its reader: left out of what is shown, kept in the database. */
  | { kind: "unreadable" }

  /** The database is a newer Ontrafel's: left untouched, this tab works in memory. */
  | { kind: "newerDatabase" }
  /** The database was deleted underneath this tab (another page, clear-site-data). */
  | { kind: "lost" };

export interface UiSlice {
  language: Language;
  saveState: SaveState;
  route: Route;
  /** A message for the person, e.g. a deep link to an analysis that does not exist. */
  notice: string | null;
  storageIssue: StorageIssue | null;
  /** Whether the browser promised not to evict our storage; null while unknown or unsupported. */
  storagePersisted: boolean | null;
  setLanguage(language: Language): void;
  setSaveState(saveState: SaveState): void;
  setRoute(route: Route): void;
  setNotice(notice: string | null): void;
  setStorageIssue(issue: StorageIssue | null): void;
  setStoragePersisted(persisted: boolean | null): void;
}

export const createUiSlice =
  (initialLanguage: Language): SliceCreator<UiSlice> =>
  (set) => ({
    language: initialLanguage,
    saveState: { kind: "idle" },
    route: { kind: "analysis", id: "" },
    notice: null,
    storageIssue: null,
    storagePersisted: null,
    setLanguage: (language) => set({ language }),
    setSaveState: (saveState) => set({ saveState }),
    setRoute: (route) => set({ route }),
    setNotice: (notice) => set({ notice }),
    setStorageIssue: (storageIssue) => set({ storageIssue }),
    setStoragePersisted: (storagePersisted) => set({ storagePersisted }),
  });

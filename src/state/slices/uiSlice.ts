import type { Language, Translate } from "../../i18n/messages";
import { type Route, routeHash } from "../../services/route";
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
  /** The analysis to open is a newer Ontrafel's: left untouched, another one opens. */
  | { kind: "newerRecord" }
  /** The database was deleted underneath this tab (another page, clear-site-data). */
  | { kind: "lost" };

/**
 * A message for the person, kept as a function of the translate function so it is always in the
 * current language. It belongs to one screen (`route`, a route hash): it closes when the person
 * leaves that screen after having seen it there.
 */
export interface Notice {
  text(t: Translate): string;
  route: string;
  /** Whether its screen has been on display since it was set. */
  seen: boolean;
}

/** A goal or action picked in the goal view: its evidence chain is shown. */
export type GoalSelection = { kind: "goal" | "action"; id: string };

export interface UiSlice {
  language: Language;
  saveState: SaveState;
  route: Route;
  /** A message for the person, e.g. a deep link to an analysis that does not exist. */
  notice: Notice | null;
  storageIssue: StorageIssue | null;
  /** The keyboard shortcut help (?) is open. */
  helpOpen: boolean;
  /** Whether the browser promised not to evict our storage; null while unknown or unsupported. */
  storagePersisted: boolean | null;
  /** The goal tree is shown instead of the problem tree (session only). */
  goalView: boolean;
  goalSelection: GoalSelection | null;
  /** While a quote is dragged: the clusters it fits best, best first (none otherwise). */
  dragFit: readonly string[];
  /** While a quote is dragged: it was asked, and fits no cluster clearly (MIN_FIT_SCORE). */
  dragFitNone: boolean;
  setLanguage(language: Language): void;
  setSaveState(saveState: SaveState): void;
  setRoute(route: Route): void;
  /**
   * Shows a notice (or closes it with null). It belongs to the screen on display, or to `on`
   * when the caller is about to go there (an import opens the imported analysis).
   */
  setNotice(text: ((t: Translate) => string) | null, on?: Route): void;
  setStorageIssue(issue: StorageIssue | null): void;
  setHelpOpen(open: boolean): void;
  setStoragePersisted(persisted: boolean | null): void;
  setGoalView(on: boolean): void;
  selectGoalItem(selection: GoalSelection | null): void;
  /** The clusters a dragged quote fits, best first; none ends the hint. */
  setDragFit(clusterIds: readonly string[]): void;
  /** The dragged quote fits no cluster clearly: the status line says so. */
  setDragFitNone(): void;
}

export const createUiSlice =
  (initialLanguage: Language): SliceCreator<UiSlice> =>
  (set, get) => ({
    language: initialLanguage,
    saveState: { kind: "idle" },
    route: { kind: "analysis", id: "" },
    notice: null,
    storageIssue: null,
    helpOpen: false,
    storagePersisted: null,
    goalView: false,
    goalSelection: null,
    dragFit: [],
    dragFitNone: false,
    setLanguage: (language) => set({ language }),
    setSaveState: (saveState) => set({ saveState }),
    setRoute: (route) =>
      set((state) => {
        const notice = state.notice;
        if (!notice) return { route };
        const here = routeHash(route);
        if (notice.route === here) return { route, notice: { ...notice, seen: true } };
        return { route, notice: notice.seen ? null : notice };
      }),
    setNotice: (text, on) => {
      if (text === null) return set({ notice: null });
      const here = routeHash(get().route);
      const route = on ? routeHash(on) : here;
      set({ notice: { text, route, seen: route === here } });
    },
    setStorageIssue: (storageIssue) => set({ storageIssue }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setStoragePersisted: (storagePersisted) => set({ storagePersisted }),
    setGoalView: (goalView) => set({ goalView }),
    selectGoalItem: (goalSelection) => set({ goalSelection }),
    setDragFit: (dragFit) => set({ dragFit, dragFitNone: false }),
    setDragFitNone: () => set({ dragFit: [], dragFitNone: true }),
  });

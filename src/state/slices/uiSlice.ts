import type { Route } from "../../app/route";
import type { Language } from "../../i18n/messages";
import type { SliceCreator } from "../sliceCreator";

/** What the autosave last did, shown as it is: never "saved" while a write is pending. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  | { kind: "error"; message: string }
  | { kind: "memoryOnly" };

export interface UiSlice {
  language: Language;
  saveState: SaveState;
  route: Route;
  /** A message for the person, e.g. a deep link to an analysis that does not exist. */
  notice: string | null;
  setLanguage(language: Language): void;
  setSaveState(saveState: SaveState): void;
  setRoute(route: Route): void;
  setNotice(notice: string | null): void;
}

export const createUiSlice =
  (initialLanguage: Language): SliceCreator<UiSlice> =>
  (set) => ({
    language: initialLanguage,
    saveState: { kind: "idle" },
    route: { kind: "analysis", id: "" },
    notice: null,
    setLanguage: (language) => set({ language }),
    setSaveState: (saveState) => set({ saveState }),
    setRoute: (route) => set({ route }),
    setNotice: (notice) => set({ notice }),
  });

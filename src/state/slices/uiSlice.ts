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
  setLanguage(language: Language): void;
  setSaveState(saveState: SaveState): void;
}

export const createUiSlice =
  (initialLanguage: Language): SliceCreator<UiSlice> =>
  (set) => ({
    language: initialLanguage,
    saveState: { kind: "idle" },
    setLanguage: (language) => set({ language }),
    setSaveState: (saveState) => set({ saveState }),
  });

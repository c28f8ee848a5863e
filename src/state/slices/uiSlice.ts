import type { Language } from "../../i18n/messages";
import type { SliceCreator } from "../sliceCreator";

export interface UiSlice {
  language: Language;
  setLanguage(language: Language): void;
}

export const createUiSlice =
  (initialLanguage: Language): SliceCreator<UiSlice> =>
  (set) => ({
    language: initialLanguage,
    setLanguage: (language) => set({ language }),
  });

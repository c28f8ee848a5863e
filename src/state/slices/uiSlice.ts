import type { StateCreator } from "zustand";
import type { Language } from "../../i18n/messages";

export interface UiSlice {
  language: Language;
  setLanguage(language: Language): void;
}

export const createUiSlice =
  (initialLanguage: Language): StateCreator<UiSlice, [], [], UiSlice> =>
  (set) => ({
    language: initialLanguage,
    setLanguage: (language) => set({ language }),
  });

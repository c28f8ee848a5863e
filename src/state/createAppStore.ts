import { createStore } from "zustand/vanilla";
import type { Language } from "../i18n/messages";
import { createLibrarySlice, type LibrarySlice } from "./slices/librarySlice";
import { createUiSlice, type UiSlice } from "./slices/uiSlice";

export type AppState = LibrarySlice & UiSlice;

export interface AppStoreOptions {
  language?: Language;
}

/** A fresh store: one per app, and one per test so tests never share state. */
export function createAppStore(options: AppStoreOptions = {}) {
  return createStore<AppState>()((...a) => ({
    ...createLibrarySlice(...a),
    ...createUiSlice(options.language ?? "nl")(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

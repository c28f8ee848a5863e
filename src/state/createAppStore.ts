import { temporal } from "zundo";
import { createStore } from "zustand/vanilla";
import { type IdSource, randomIds } from "../domain/analysis/ids";
import type { Language } from "../i18n/messages";
import { type CanvasSlice, createCanvasSlice } from "./slices/canvasSlice";
import { type CorporaSlice, createCorporaSlice } from "./slices/corporaSlice";
import { createLibrarySlice, type LibrarySlice } from "./slices/librarySlice";
import { createPresenceSlice, type PresenceSlice } from "./slices/presenceSlice";
import { createShareSlice, type ShareSlice } from "./slices/shareSlice";
import { createUiSlice, type UiSlice } from "./slices/uiSlice";
import { createWorkshopSlice, type WorkshopSlice } from "./slices/workshopSlice";

export type AppState = LibrarySlice &
  UiSlice &
  CanvasSlice &
  WorkshopSlice &
  CorporaSlice &
  ShareSlice &
  PresenceSlice;

export interface AppStoreOptions {
  language?: Language;
  ids?: IdSource;
  now?: () => number;
}

/** Undo history keeps this many steps of the document. */
export const HISTORY_LIMIT = 200;

/** A fresh store: one per app, and one per test so tests never share state. */
export function createAppStore(options: AppStoreOptions = {}) {
  return createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createLibrarySlice(...a),
        ...createUiSlice(options.language ?? "nl")(...a),
        ...createCanvasSlice(options.ids ?? randomIds, options.now ?? Date.now)(...a),
        ...createWorkshopSlice(...a),
        ...createCorporaSlice(...a),
        ...createShareSlice(...a),
        ...createPresenceSlice(...a),
      }),
      {
        // Only the document is history; selection, filters and language are not undone.
        partialize: (state) => ({ analysis: state.analysis }),
        equality: (past, current) => past.analysis === current.analysis,
        limit: HISTORY_LIMIT,
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

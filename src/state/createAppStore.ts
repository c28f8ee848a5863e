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

/** A fresh store: one per app, and one per test so tests never share state. */
export function createAppStore(options: AppStoreOptions = {}) {
  // Undo and redo are the open analysis's Yjs undo manager (app/sync/bindAnalysis), not a
  // history of the store's own: only the document is undone, never selection or filters.
  return createStore<AppState>()((...a) => ({
    ...createLibrarySlice(...a),
    ...createUiSlice(options.language ?? "nl")(...a),
    ...createCanvasSlice(options.ids ?? randomIds, options.now ?? Date.now)(...a),
    ...createWorkshopSlice(...a),
    ...createCorporaSlice(...a),
    ...createShareSlice(...a),
    ...createPresenceSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

import type { StateCreator } from "zustand";
import type { AppState } from "./createAppStore";

/** Every slice sees the whole store (typed) and lives under the undo-history middleware. */
export type SliceCreator<T> = StateCreator<AppState, [["temporal", unknown]], [], T>;

import type { StateCreator } from "zustand";
import type { AppState } from "./createAppStore";

/** Every slice sees the whole store (typed). */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

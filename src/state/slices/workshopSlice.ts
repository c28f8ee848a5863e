import type { SliceCreator } from "../sliceCreator";

/** A time box for a workshop round; the clock itself ticks in the timer's view. */
export type TimerState =
  | { kind: "idle"; durationMs: number }
  | { kind: "running"; durationMs: number; endsAt: number }
  | { kind: "paused"; durationMs: number; remainingMs: number };

export const DEFAULT_TIMER_MS = 5 * 60_000;

/** Workshop session state: how the room sees the analysis. Never saved, never undone. */
export interface WorkshopSlice {
  /** Full-screen view for a projector: panels hidden, larger text, high contrast. */
  presentation: boolean;
  /** The selected node's causal chain stands out, the rest is dimmed. */
  focusMode: boolean;
  /** How many "leads to" steps from the focused node are shown; null: the whole chain. */
  focusLevel: number | null;
  /** The voting round whose dots the canvas shows; null: the open one, else the latest. */
  shownRoundId: string | null;
  votingPanelOpen: boolean;
  timer: TimerState;
  setPresentation(on: boolean): void;
  setFocusMode(on: boolean): void;
  setFocusLevel(level: number | null): void;
  showRound(roundId: string | null): void;
  setVotingPanelOpen(open: boolean): void;
  setTimer(timer: TimerState): void;
}

export const createWorkshopSlice: SliceCreator<WorkshopSlice> = (set) => ({
  presentation: false,
  focusMode: false,
  focusLevel: null,
  shownRoundId: null,
  votingPanelOpen: false,
  timer: { kind: "idle", durationMs: DEFAULT_TIMER_MS },
  setPresentation: (presentation) => set({ presentation }),
  setFocusMode: (focusMode) => set({ focusMode, focusLevel: null }),
  setFocusLevel: (focusLevel) => set({ focusLevel }),
  showRound: (shownRoundId) => set({ shownRoundId }),
  setVotingPanelOpen: (votingPanelOpen) => set({ votingPanelOpen }),
  setTimer: (timer) => set({ timer }),
});

import { z } from "zod";
import type { SliceCreator } from "../sliceCreator";

/**
 * A time box for a workshop round; the clock itself ticks in the timer's view. The schema
 * checks it where it arrives from another window (the projector channel).
 */
export const timerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("idle"), durationMs: z.number().nonnegative() }),
  z.strictObject({
    kind: z.literal("running"),
    durationMs: z.number().nonnegative(),
    endsAt: z.number(),
  }),
  z.strictObject({
    kind: z.literal("paused"),
    durationMs: z.number().nonnegative(),
    remainingMs: z.number().nonnegative(),
  }),
]);
export type TimerState = z.infer<typeof timerSchema>;

export const DEFAULT_TIMER_MS = 5 * 60_000;

/** Workshop session state: how the room sees the analysis. Never saved, never undone. */
export interface WorkshopSlice {
  /** Full-screen view for a projector: panels hidden, larger text, high contrast. */
  presentation: boolean;
  /** Which rank presentation mode shows, in steps from the core problem (+1: the causes below). */
  presentRank: number;
  /** The selected node's causal chain stands out, the rest is dimmed. */
  focusMode: boolean;
  /** How many "leads to" steps from the focused node are shown; null: the whole chain. */
  focusLevel: number | null;
  /** The voting round whose dots the canvas shows; null: the open one, else the latest. */
  shownRoundId: string | null;
  votingPanelOpen: boolean;
  /** Quick capture is on screen: A opens it, Escape or leaving it closes it. */
  quickCaptureOpen: boolean;
  timer: TimerState;
  setPresentation(on: boolean): void;
  setPresentRank(rank: number): void;
  setFocusMode(on: boolean): void;
  setFocusLevel(level: number | null): void;
  showRound(roundId: string | null): void;
  setVotingPanelOpen(open: boolean): void;
  setQuickCaptureOpen(open: boolean): void;
  setTimer(timer: TimerState): void;
}

export const createWorkshopSlice: SliceCreator<WorkshopSlice> = (set) => ({
  presentation: false,
  presentRank: 0,
  focusMode: false,
  focusLevel: null,
  shownRoundId: null,
  votingPanelOpen: false,
  quickCaptureOpen: false,
  timer: { kind: "idle", durationMs: DEFAULT_TIMER_MS },
  setPresentation: (presentation) => set({ presentation, presentRank: 0 }),
  setPresentRank: (presentRank) => set({ presentRank }),
  setFocusMode: (focusMode) => set({ focusMode, focusLevel: null }),
  setFocusLevel: (focusLevel) => set({ focusLevel }),
  showRound: (shownRoundId) => set({ shownRoundId }),
  setVotingPanelOpen: (votingPanelOpen) => set({ votingPanelOpen }),
  setQuickCaptureOpen: (quickCaptureOpen) => set({ quickCaptureOpen }),
  setTimer: (timer) => set({ timer }),
});

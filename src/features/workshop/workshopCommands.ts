import { causalChain, defaultFocusRoot } from "../../domain/analysis/focus";
import { placedNodes } from "../../domain/analysis/geometry";
import {
  type CaptureDirection,
  captureLinked,
  clearVotes,
  closeVotingRound,
  deleteVotingRound,
  isVotable,
  nextSibling,
  nodeById,
  openRound,
  startVotingRound,
  treeNeighbour,
} from "../../domain/analysis/operations";
import { rankFrames } from "../../domain/analysis/readableView";
import type { AppStore } from "../../state/createAppStore";
import type { TimerState } from "../../state/slices/workshopSlice";
import { voteOperation, voterOf } from "./voteOperation";

/** What workshop commands need from the canvas on screen; a fake in tests. */
export interface WorkshopView {
  /** Brings a node into view without taking keyboard focus from where the person types. */
  show(nodeId: string): void;
}

export interface RoundSettings {
  name: string;
  dotsPerParticipant: number;
  participants: number;
}

/** The node quick capture and focus work from: the last one selected. */
export function anchorId(store: AppStore): string | undefined {
  return [...store.getState().selectedNodeIds].at(-1);
}

/** The node whose causal chain focus shows: the selection, else the core problem. */
export function focusRootId(store: AppStore): string | undefined {
  return anchorId(store) ?? defaultFocusRoot(store.getState().analysis)?.id;
}

/** Time left on the clock at `now`. */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.kind === "running") return Math.max(0, timer.endsAt - now);
  if (timer.kind === "paused") return timer.remainingMs;
  return timer.durationMs;
}

/**
 * Workshop commands, shared by the workshop bar, quick capture and keyboard shortcuts. Every
 * change to the analysis (captured causes, votes, rounds) is one undo step.
 */
export function createWorkshopCommands(store: AppStore, view: WorkshopView, now = Date.now) {
  const state = () => store.getState();
  const select = (id: string | undefined) => {
    if (!id) return false;
    state().select([id]);
    view.show(id);
    return true;
  };

  const startTimer = (durationMs = state().timer.durationMs) => {
    const timer = state().timer;
    const left = timer.kind === "paused" ? timer.remainingMs : durationMs;
    state().setTimer({ kind: "running", durationMs, endsAt: now() + left });
  };
  const pauseTimer = () => {
    const timer = state().timer;
    if (timer.kind !== "running") return;
    const left = remainingMs(timer, now());
    state().setTimer({ kind: "paused", durationMs: timer.durationMs, remainingMs: left });
  };

  return {
    /**
     * Adds a cause (or symptom) linked to the selected node; the selection stays on that node,
     * so the next statement is captured for it too. Returns the new node's id.
     */
    capture(label: string, direction: CaptureDirection): string | null {
      const anchor = anchorId(store);
      if (!anchor) return null;
      let added: string | null = null;
      state().change((a) => {
        const result = captureLinked(a, anchor, label, direction, state().ids);
        added = result.nodeId;
        return result.analysis;
      });
      if (added) view.show(added);
      return added;
    },
    /** Tab in quick capture: the next (or previous) cause of the same effect. */
    selectSibling(step: 1 | -1): boolean {
      const anchor = anchorId(store);
      return select(anchor && nextSibling(state().analysis, anchor, step));
    },
    /** One level down the tree (to a cause) or up (to an effect). */
    selectInTree(direction: CaptureDirection): boolean {
      const anchor = anchorId(store);
      return select(anchor && treeNeighbour(state().analysis, anchor, direction));
    },

    togglePresentation() {
      state().setPresentation(!state().presentation);
    },
    /** Presenting: the next rank down the tree (towards the root causes) or up (the effects). */
    stepPresentRank(step: 1 | -1) {
      if (!state().presentation) return;
      const ranks = rankFrames(state().analysis, placedNodes(state().analysis, state().nodeSizes));
      if (ranks.length === 0) return;
      const lowest = ranks[0]?.rank ?? 0;
      const highest = ranks[ranks.length - 1]?.rank ?? 0;
      state().setPresentRank(Math.min(highest, Math.max(lowest, state().presentRank + step)));
    },
    toggleFocus() {
      state().setFocusMode(!state().focusMode);
    },
    /** Shows one more (or one fewer) level of the focused chain, from 0 (the node alone). */
    stepFocusLevel(step: 1 | -1) {
      if (!state().focusMode) state().setFocusMode(true);
      const root = focusRootId(store);
      if (!root) return;
      const depth = causalChain(state().analysis, root).depth;
      const current = state().focusLevel ?? depth;
      const next = Math.min(depth, Math.max(0, current + step));
      state().setFocusLevel(next === depth ? null : next);
    },

    /** Opens the voting panel (its first field takes focus) or closes it. */
    toggleVotingPanel() {
      state().setVotingPanelOpen(!state().votingPanelOpen);
    },
    startRound(settings: RoundSettings) {
      state().change((a) => startVotingRound(a, settings, now(), state().ids).analysis);
      state().showRound(null);
    },
    closeRound(roundId: string) {
      state().change((a) => closeVotingRound(a, roundId, now()));
    },
    clearRound(roundId: string) {
      state().change((a) => clearVotes(a, roundId));
    },
    deleteRound(roundId: string) {
      state().change((a) => deleteVotingRound(a, roundId));
      if (state().shownRoundId === roundId) state().showRound(null);
    },
    /** A dot for (or back from) one node in the open round. */
    vote(nodeId: string, delta: 1 | -1) {
      state().change(voteOperation(nodeId, delta, voterOf(state())));
    },
    /** A dot for each selected cluster or factor, as one undo step. */
    voteSelected(delta: 1 | -1) {
      const round = openRound(state().analysis);
      const ids = [...state().selectedNodeIds].filter((id) =>
        isVotable(nodeById(state().analysis, id)),
      );
      if (!round || ids.length === 0) return;
      const voter = voterOf(state());
      state().change((a) => ids.reduce((acc, id) => voteOperation(id, delta, voter)(acc), a));
    },

    startTimer,
    pauseTimer,
    toggleTimer() {
      if (state().timer.kind === "running") pauseTimer();
      else startTimer();
    },
    resetTimer(durationMs = state().timer.durationMs) {
      state().setTimer({ kind: "idle", durationMs });
    },
  };
}

export type WorkshopCommands = ReturnType<typeof createWorkshopCommands>;

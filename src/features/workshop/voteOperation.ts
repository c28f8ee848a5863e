import type { Analysis } from "../../domain/analysis/analysis";
import { castBallot, castVote, openRound } from "../../domain/analysis/operations";
import type { AppState } from "../../state/createAppStore";

/**
 * Whose dots this person gives: a workshop participant (a participant link) gives their own,
 * counted under their presence id within their budget; everyone else gives the room's dots.
 */
export function voterOf(state: Pick<AppState, "editAccess" | "self">): string | null {
  return state.editAccess === "participant" ? (state.self?.id ?? null) : null;
}

/** A dot for (or back from) a node in the open round: one undo step. */
export function voteOperation(nodeId: string, delta: 1 | -1, voter: string | null) {
  return (analysis: Analysis): Analysis => {
    const round = openRound(analysis);
    if (!round) return analysis;
    return voter === null
      ? castVote(analysis, round.id, nodeId, delta)
      : castBallot(analysis, round.id, voter, nodeId, delta);
  };
}

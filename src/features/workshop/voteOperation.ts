import type { Analysis } from "../../domain/analysis/analysis";
import { castVote, openRound } from "../../domain/analysis/operations";

/** A dot for (or back from) a node in the open round: one undo step. */
export function voteOperation(nodeId: string, delta: 1 | -1) {
  return (analysis: Analysis): Analysis => {
    const round = openRound(analysis);
    return round ? castVote(analysis, round.id, nodeId, delta) : analysis;
  };
}

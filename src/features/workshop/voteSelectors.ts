import type { VotingRound } from "../../domain/analysis/analysis";
import { openRound, roundById, tally, topVoted } from "../../domain/analysis/operations";
import type { AppState } from "../../state/createAppStore";

/**
 * The round the canvas shows dots of: the one chosen in the voting panel, else the open one,
 * else the latest (so a closed round's result stays in view until the next round).
 */
export function shownRound(state: AppState): VotingRound | undefined {
  const rounds = state.analysis.votingRounds;
  return (
    roundById(state.analysis, state.shownRoundId) ?? openRound(state.analysis) ?? rounds.at(-1)
  );
}

// Every node asks whether it is in the top three; each round's answer is worked out once.
const topCache = new WeakMap<VotingRound, Set<string>>();
function topOf(round: VotingRound): Set<string> {
  let top = topCache.get(round);
  if (!top) {
    top = topVoted(round);
    topCache.set(round, top);
  }
  return top;
}

/**
 * What one node's vote badge shows, as a single number so that a node re-renders only when its
 * own badge changes (not on every drag frame or selection): -1 no round shown, else
 * dots × 4 + 2 when in the top three + 1 when the round takes votes.
 */
export function voteBadgeCode(state: AppState, nodeId: string): number {
  const round = shownRound(state);
  if (!round) return -1;
  const votes = tally(round)[nodeId] ?? 0;
  const top = votes > 0 && topOf(round).has(nodeId);
  return votes * 4 + (top ? 2 : 0) + (round.closedAt === null ? 1 : 0);
}

export function decodeVoteBadge(
  code: number,
): { votes: number; top: boolean; open: boolean } | null {
  if (code < 0) return null;
  return { votes: Math.floor(code / 4), top: (code & 2) !== 0, open: (code & 1) !== 0 };
}

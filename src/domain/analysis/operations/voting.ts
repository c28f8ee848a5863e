import type { Analysis, AnalysisNode, VotingRound } from "../analysis";
import type { IdSource } from "../ids";
import { replaceWhere } from "./replaceWhere";

/** Clusters and free factors get dots; quote cards and notes do not. */
export function isVotable(node: AnalysisNode | undefined): boolean {
  return node?.kind === "cluster" || node?.kind === "factor";
}

/** The round taking votes now: at most one is open at a time. */
export function openRound(analysis: Analysis): VotingRound | undefined {
  return analysis.votingRounds.find((r) => r.closedAt === null);
}

export function roundById(analysis: Analysis, roundId: string | null): VotingRound | undefined {
  return roundId === null ? undefined : analysis.votingRounds.find((r) => r.id === roundId);
}

/** All dots the room may give: participants × dots each. */
export function dotBudget(round: VotingRound): number {
  return round.participants * round.dotsPerParticipant;
}

export function dotsGiven(round: VotingRound): number {
  return Object.values(round.votes).reduce((sum, n) => sum + n, 0);
}

function mapRound(
  analysis: Analysis,
  roundId: string,
  update: (round: VotingRound) => VotingRound,
): Analysis {
  const votingRounds = replaceWhere(analysis.votingRounds, (round) => round.id === roundId, update);
  return votingRounds === analysis.votingRounds ? analysis : { ...analysis, votingRounds };
}

/** Starts a round (closing the one still open, so the room votes in one round at a time). */
export function startVotingRound(
  analysis: Analysis,
  init: { name: string; dotsPerParticipant: number; participants: number },
  now: number,
  ids: IdSource,
): { analysis: Analysis; roundId: string } {
  const round: VotingRound = {
    id: ids.next("round"),
    name: init.name.trim(),
    startedAt: now,
    closedAt: null,
    dotsPerParticipant: init.dotsPerParticipant,
    participants: init.participants,
    votes: {},
  };
  const closed = analysis.votingRounds.map((r) =>
    r.closedAt === null ? { ...r, closedAt: now } : r,
  );
  return { analysis: { ...analysis, votingRounds: [...closed, round] }, roundId: round.id };
}

export function closeVotingRound(analysis: Analysis, roundId: string, now: number): Analysis {
  return mapRound(analysis, roundId, (r) => (r.closedAt === null ? { ...r, closedAt: now } : r));
}

/**
 * Adds a dot to a node (`delta` 1) or takes one away (-1). Nothing changes in a closed round,
 * for a node that takes no votes, below zero, or once every dot of the room is given.
 */
export function castVote(
  analysis: Analysis,
  roundId: string,
  nodeId: string,
  delta: 1 | -1,
): Analysis {
  if (!isVotable(analysis.nodes.find((n) => n.id === nodeId))) return analysis;
  return mapRound(analysis, roundId, (round) => {
    if (round.closedAt !== null) return round;
    const current = round.votes[nodeId] ?? 0;
    const next = current + delta;
    if (next < 0 || (delta > 0 && dotsGiven(round) >= dotBudget(round))) return round;
    const { [nodeId]: _, ...others } = round.votes;
    return { ...round, votes: next === 0 ? others : { ...others, [nodeId]: next } };
  });
}

/** Takes every dot of a round back; the tree itself is not touched. */
export function clearVotes(analysis: Analysis, roundId: string): Analysis {
  return mapRound(analysis, roundId, (r) =>
    Object.keys(r.votes).length === 0 ? r : { ...r, votes: {} },
  );
}

export function deleteVotingRound(analysis: Analysis, roundId: string): Analysis {
  const votingRounds = analysis.votingRounds.filter((r) => r.id !== roundId);
  return votingRounds.length === analysis.votingRounds.length
    ? analysis
    : { ...analysis, votingRounds };
}

/** Drops the dots of nodes that are gone, so a deleted cause takes its votes with it. */
export function pruneVotes(analysis: Analysis): Analysis {
  if (analysis.votingRounds.length === 0) return analysis;
  const ids = new Set(analysis.nodes.map((n) => n.id));
  const votingRounds = replaceWhere(
    analysis.votingRounds,
    () => true,
    (round) => {
      const kept = Object.entries(round.votes).filter(([id]) => ids.has(id));
      if (kept.length === Object.keys(round.votes).length) return round;
      return { ...round, votes: Object.fromEntries(kept) };
    },
  );
  return votingRounds === analysis.votingRounds ? analysis : { ...analysis, votingRounds };
}

/** The nodes with dots in a round, most dots first (ties in canvas order). */
export function ranking(
  analysis: Analysis,
  round: VotingRound,
): { node: AnalysisNode; votes: number }[] {
  return analysis.nodes
    .filter((n) => (round.votes[n.id] ?? 0) > 0)
    .map((node) => ({ node, votes: round.votes[node.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);
}

/** Ids of the top `count` nodes, including any tied with the last of them. */
export function topVoted(round: VotingRound, count = 3): Set<string> {
  const sorted = Object.entries(round.votes).sort((a, b) => b[1] - a[1]);
  const threshold = sorted[Math.min(count, sorted.length) - 1]?.[1] ?? Number.POSITIVE_INFINITY;
  return new Set(sorted.filter(([, n]) => n >= threshold).map(([id]) => id));
}

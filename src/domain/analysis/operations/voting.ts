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

const sum = (dots: Readonly<Record<string, number>>) =>
  Object.values(dots).reduce((total, n) => total + n, 0);

// Each round's count is worked out once (a round is replaced, never changed, on every vote).
const tallies = new WeakMap<VotingRound, Readonly<Record<string, number>>>();

/** Dots per node in a round: those given for the room plus every participant's own. */
export function tally(round: VotingRound): Readonly<Record<string, number>> {
  let counted = tallies.get(round);
  if (!counted) {
    const total: Record<string, number> = { ...round.votes };
    for (const ballot of Object.values(round.ballots)) {
      for (const [nodeId, n] of Object.entries(ballot)) total[nodeId] = (total[nodeId] ?? 0) + n;
    }
    counted = total;
    tallies.set(round, counted);
  }
  return counted;
}

/** Every dot given in the round, for the room and by participants. */
export function dotsGiven(round: VotingRound): number {
  return sum(tally(round));
}

/** The dots one participant has given in the round (at most dotsPerParticipant). */
export function ballotDots(round: VotingRound, participantId: string): number {
  return sum(round.ballots[participantId] ?? {});
}

/** A node's dots one more or one fewer; a node with none is left out. */
function changeDots(dots: Readonly<Record<string, number>>, nodeId: string, delta: 1 | -1) {
  const next = (dots[nodeId] ?? 0) + delta;
  const { [nodeId]: _, ...others } = dots;
  return next === 0 ? others : { ...others, [nodeId]: next };
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
    ballots: {},
  };
  const closed = analysis.votingRounds.map((r) =>
    r.closedAt === null ? { ...r, closedAt: now } : r,
  );
  return { analysis: { ...analysis, votingRounds: [...closed, round] }, roundId: round.id };
}

export function closeVotingRound(analysis: Analysis, roundId: string, now: number): Analysis {
  return mapRound(analysis, roundId, (r) => (r.closedAt === null ? { ...r, closedAt: now } : r));
}

/** A dot changed on a node that takes votes, in a round still open; otherwise nothing. */
function inOpenRound(
  analysis: Analysis,
  roundId: string,
  nodeId: string,
  change: (round: VotingRound) => VotingRound,
): Analysis {
  if (!isVotable(analysis.nodes.find((n) => n.id === nodeId))) return analysis;
  return mapRound(analysis, roundId, (round) => (round.closedAt === null ? change(round) : round));
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
  return inOpenRound(analysis, roundId, nodeId, (round) => {
    const next = (round.votes[nodeId] ?? 0) + delta;
    if (next < 0 || (delta > 0 && dotsGiven(round) >= dotBudget(round))) return round;
    return { ...round, votes: changeDots(round.votes, nodeId, delta) };
  });
}

/**
 * A participant's own dot for a node (`delta` 1) or back from it (-1), kept under their id so
 * that dots given at once on several devices all count. Nothing changes in a closed round, for
 * a node that takes no votes, below zero, or once the participant has given dotsPerParticipant.
 */
export function castBallot(
  analysis: Analysis,
  roundId: string,
  participantId: string,
  nodeId: string,
  delta: 1 | -1,
): Analysis {
  return inOpenRound(analysis, roundId, nodeId, (round) => {
    const ballot = round.ballots[participantId] ?? {};
    const next = (ballot[nodeId] ?? 0) + delta;
    const spent = ballotDots(round, participantId);
    if (next < 0 || (delta > 0 && spent >= round.dotsPerParticipant)) return round;
    const changed = changeDots(ballot, nodeId, delta);
    const { [participantId]: _, ...others } = round.ballots;
    const ballots =
      Object.keys(changed).length === 0 ? others : { ...others, [participantId]: changed };
    return { ...round, ballots };
  });
}

/** Takes every dot of a round back; the tree itself is not touched. */
export function clearVotes(analysis: Analysis, roundId: string): Analysis {
  return mapRound(analysis, roundId, (r) =>
    Object.keys(r.votes).length === 0 && Object.keys(r.ballots).length === 0
      ? r
      : { ...r, votes: {}, ballots: {} },
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
      const gone = Object.keys(tally(round)).some((id) => !ids.has(id));
      if (!gone) return round;
      const keep = (dots: Readonly<Record<string, number>>) =>
        Object.fromEntries(Object.entries(dots).filter(([id]) => ids.has(id)));
      const ballots = Object.entries(round.ballots)
        .map(([participant, ballot]) => [participant, keep(ballot)] as const)
        .filter(([, ballot]) => Object.keys(ballot).length > 0);
      return { ...round, votes: keep(round.votes), ballots: Object.fromEntries(ballots) };
    },
  );
  return votingRounds === analysis.votingRounds ? analysis : { ...analysis, votingRounds };
}

/** The nodes with dots in a round, most dots first (ties in canvas order). */
export function ranking(
  analysis: Analysis,
  round: VotingRound,
): { node: AnalysisNode; votes: number }[] {
  const counted = tally(round);
  return analysis.nodes
    .filter((n) => (counted[n.id] ?? 0) > 0)
    .map((node) => ({ node, votes: counted[node.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);
}

/** Ids of the top `count` nodes, including any tied with the last of them. */
export function topVoted(round: VotingRound, count = 3): Set<string> {
  const sorted = Object.entries(tally(round)).sort((a, b) => b[1] - a[1]);
  const threshold = sorted[Math.min(count, sorted.length) - 1]?.[1] ?? Number.POSITIVE_INFINITY;
  return new Set(sorted.filter(([, n]) => n >= threshold).map(([id]) => id));
}

import type { Analysis, AnalysisEdge, AnalysisNode, VotingRound } from "./analysis";
import { ballotDots } from "./operations/voting";

/**
 * What a workshop participant (someone who opened a participant link) may change in a shared
 * analysis: add factors with their links (quick capture under a node), change or remove the
 * factors they added themselves (`own`), and give or take back their own dots in an open round
 * within their budget. Everything else in `after` is put back as it was in `before`: no
 * deleting, moving or renaming of what others made, no room dots, no rounds started or closed.
 */
export function permitParticipantChange(
  before: Analysis,
  after: Analysis,
  participantId: string,
  own: ReadonlySet<string>,
): Analysis {
  const earlier = new Set(before.nodes.map((n) => n.id));
  const added = after.nodes.filter((n) => !earlier.has(n.id) && n.kind === "factor");
  const mine = new Set([...own, ...added.map((n) => n.id)]);
  const laterById = new Map(after.nodes.map((n) => [n.id, n]));

  const nodes: AnalysisNode[] = [];
  for (const node of before.nodes) {
    if (!mine.has(node.id)) nodes.push(node);
    else {
      const later = laterById.get(node.id);
      if (later) nodes.push(later);
    }
  }
  nodes.push(...added);

  const present = new Set(nodes.map((n) => n.id));
  const touchesMine = (e: AnalysisEdge) => mine.has(e.source) || mine.has(e.target);
  const kept = (e: AnalysisEdge) => present.has(e.source) && present.has(e.target);
  const laterEdges = new Set(after.edges.map((e) => e.id));
  const edges = [
    ...before.edges.filter((e) => (touchesMine(e) ? laterEdges.has(e.id) : true)).filter(kept),
    ...after.edges.filter((e) => !before.edges.some((b) => b.id === e.id) && touchesMine(e)),
  ].filter(kept);

  const votingRounds = before.votingRounds.map((round) =>
    withOwnBallot(
      round,
      after.votingRounds.find((r) => r.id === round.id),
      participantId,
    ),
  );

  const permitted: Analysis = {
    ...before,
    viewport: after.viewport,
    updatedAt: after.updatedAt,
    nodes,
    edges,
    votingRounds,
  };
  return JSON.stringify(permitted) === JSON.stringify(after) ? after : permitted;
}

/** The round as it was, with this participant's ballot as they left it (when that is allowed). */
function withOwnBallot(
  round: VotingRound,
  later: VotingRound | undefined,
  participantId: string,
): VotingRound {
  if (!later || round.closedAt !== null) return round;
  const ballot = later.ballots[participantId];
  const { [participantId]: _, ...others } = round.ballots;
  const next: VotingRound = {
    ...round,
    ballots: ballot ? { ...others, [participantId]: ballot } : others,
  };
  const valid =
    ballotDots(next, participantId) <= round.dotsPerParticipant &&
    Object.values(ballot ?? {}).every((dots) => Number.isInteger(dots) && dots > 0);
  return valid ? next : round;
}

/**
 * Whether all of `after` is what a participant may change (`permitParticipantChange` would
 * put nothing back). Lists are compared as sets of items by id and objects without regard to
 * key order: a cause captured while the facilitator adds one may land before or after it in
 * the merged document, and a ballot's place among the others is no change of anyone's. The
 * sync server asks this of every update a participant link sends.
 */
export function isPermittedParticipantChange(
  before: Analysis,
  after: Analysis,
  participantId: string,
  own: ReadonlySet<string>,
  /**
   * How `after` was read: a shared document is read repaired (io/repair: a participant who
   * removes their own factor takes the others' dots on it with it), so what the rule keeps
   * is repaired the same way before comparing.
   */
  read: (analysis: Analysis) => Analysis = (analysis) => analysis,
): boolean {
  const permitted = permitParticipantChange(before, after, participantId, own);
  return permitted === after || canonicalJson(read(permitted)) === canonicalJson(after);
}

/** JSON with object keys sorted and lists of items with an id sorted by it. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const id = (item: unknown) =>
      typeof item === "object" && item !== null && "id" in item && typeof item.id === "string"
        ? item.id
        : null;
    return items.every((item) => id(item) !== null)
      ? items.sort((a, b) => ((id(a) ?? "") < (id(b) ?? "") ? -1 : 1))
      : items;
  }
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, canonical(record[key])]),
  );
}

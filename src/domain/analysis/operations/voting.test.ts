import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../../tests/helpers/analysisFactory";
import { countingIds } from "../ids";
import { ungroup } from "./cluster";
import { removeElements } from "./remove";
import {
  ballotDots,
  castBallot,
  castVote,
  clearVotes,
  closeVotingRound,
  deleteVotingRound,
  dotsGiven,
  openRound,
  pruneVotes,
  ranking,
  startVotingRound,
  tally,
  topVoted,
} from "./voting";

const base = makeAnalysis(
  [cluster("c", "cause"), quoteCard("q", "q1", { clusterId: "c" }), factor("a"), factor("b")],
  [link("c", "a"), link("b", "a")],
);

function withRound(dots = 3, participants = 2) {
  const result = startVotingRound(
    base,
    { name: " Ronde 1 ", dotsPerParticipant: dots, participants },
    1000,
    countingIds(),
  );
  return { analysis: result.analysis, roundId: result.roundId };
}

describe("voting rounds", () => {
  it("starts an open round with its date and settings, and no votes", () => {
    const { analysis, roundId } = withRound();
    expect(analysis.votingRounds).toEqual([
      {
        id: roundId,
        name: "Ronde 1",
        startedAt: 1000,
        closedAt: null,
        dotsPerParticipant: 3,
        participants: 2,
        votes: {},
        ballots: {},
      },
    ]);
    expect(openRound(analysis)?.id).toBe(roundId);
  });

  it("closes the open round when a new one starts, keeping both", () => {
    const ids = countingIds();
    const first = startVotingRound(
      base,
      { name: "Eerste", dotsPerParticipant: 1, participants: 1 },
      10,
      ids,
    );
    const second = startVotingRound(
      first.analysis,
      { name: "Tweede", dotsPerParticipant: 1, participants: 1 },
      20,
      ids,
    );
    expect(second.analysis.votingRounds.map((r) => [r.name, r.closedAt])).toEqual([
      ["Eerste", 20],
      ["Tweede", null],
    ]);
    expect(openRound(second.analysis)?.name).toBe("Tweede");
  });

  it("counts dots on clusters and factors, never below zero", () => {
    const { analysis, roundId } = withRound();
    let a = castVote(analysis, roundId, "c", 1);
    a = castVote(a, roundId, "c", 1);
    a = castVote(a, roundId, "b", 1);
    a = castVote(a, roundId, "b", -1);
    expect(a.votingRounds[0]?.votes).toEqual({ c: 2 });
    expect(castVote(a, roundId, "a", -1)).toBe(a);
  });

  it("gives no dots to quote cards, missing nodes or a closed round", () => {
    const { analysis, roundId } = withRound();
    expect(castVote(analysis, roundId, "q", 1)).toBe(analysis);
    expect(castVote(analysis, roundId, "nope", 1)).toBe(analysis);
    const closed = closeVotingRound(analysis, roundId, 2000);
    expect(closed.votingRounds[0]?.closedAt).toBe(2000);
    expect(castVote(closed, roundId, "c", 1)).toBe(closed);
  });

  it("stops at the room's budget: participants × dots each", () => {
    const { analysis, roundId } = withRound(2, 2);
    let a = analysis;
    for (let i = 0; i < 6; i++) a = castVote(a, roundId, i % 2 ? "a" : "b", 1);
    const round = a.votingRounds[0];
    expect(round && dotsGiven(round)).toBe(4);
    expect(round?.votes).toEqual({ a: 2, b: 2 });
  });

  it("ranks by dots and marks the top ones, ties included", () => {
    const { analysis, roundId } = withRound(5, 2);
    let a = analysis;
    for (const [id, n] of [
      ["a", 1],
      ["b", 4],
      ["c", 4],
    ] as const)
      for (let i = 0; i < n; i++) a = castVote(a, roundId, id, 1);
    const round = a.votingRounds[0];
    if (!round) throw new Error("no round");
    expect(ranking(a, round).map((r) => [r.node.id, r.votes])).toEqual([
      ["c", 4],
      ["b", 4],
      ["a", 1],
    ]);
    expect([...topVoted(round, 1)].sort()).toEqual(["b", "c"]);
    expect([...topVoted(round, 3)].sort()).toEqual(["a", "b", "c"]);
  });

  it("clears votes without touching the tree, and deletes a round", () => {
    const { analysis, roundId } = withRound();
    const voted = castVote(analysis, roundId, "a", 1);
    const cleared = clearVotes(voted, roundId);
    expect(cleared.votingRounds[0]?.votes).toEqual({});
    expect(cleared.nodes).toBe(voted.nodes);
    expect(cleared.edges).toBe(voted.edges);
    expect(deleteVotingRound(cleared, roundId).votingRounds).toEqual([]);
  });

  it("drops a node's votes when the node is removed or its cluster dissolved", () => {
    const { analysis, roundId } = withRound();
    let a = castVote(analysis, roundId, "a", 1);
    a = castVote(a, roundId, "c", 1);
    a = castVote(a, roundId, "b", 1);
    expect(removeElements(a, ["a"]).votingRounds[0]?.votes).toEqual({ c: 1, b: 1 });
    expect(ungroup(a, "c").votingRounds[0]?.votes).toEqual({ a: 1, b: 1 });
  });
});

describe("participants' own dots (ballots)", () => {
  it("each participant gives their own dots, counted with the room's", () => {
    const { analysis, roundId } = withRound(2, 3);
    let a = castVote(analysis, roundId, "a", 1);
    a = castBallot(a, roundId, "anna", "a", 1);
    a = castBallot(a, roundId, "anna", "b", 1);
    a = castBallot(a, roundId, "bram", "a", 1);
    const round = openRound(a);
    if (!round) throw new Error("no open round");
    expect(round.votes).toEqual({ a: 1 });
    expect(round.ballots).toEqual({ anna: { a: 1, b: 1 }, bram: { a: 1 } });
    expect(tally(round)).toEqual({ a: 3, b: 1 });
    expect(dotsGiven(round)).toBe(4);
    expect(ranking(a, round).map(({ node, votes }) => [node.id, votes])).toEqual([
      ["a", 3],
      ["b", 1],
    ]);
  });

  it("stops a participant at their own budget, whatever the others gave", () => {
    const { analysis, roundId } = withRound(2, 3);
    let a = castBallot(analysis, roundId, "anna", "a", 1);
    a = castBallot(a, roundId, "anna", "a", 1);
    const spent = castBallot(a, roundId, "anna", "b", 1);
    expect(spent).toBe(a);
    const round = openRound(a);
    if (!round) throw new Error("no open round");
    expect(ballotDots(round, "anna")).toBe(2);
    // Another participant still has all of theirs.
    const bram = castBallot(a, roundId, "bram", "b", 1);
    expect(openRound(bram)?.ballots.bram).toEqual({ b: 1 });
  });

  it("takes a dot back, never below zero, and forgets an empty ballot", () => {
    const { analysis, roundId } = withRound();
    const given = castBallot(analysis, roundId, "anna", "a", 1);
    const back = castBallot(given, roundId, "anna", "a", -1);
    expect(openRound(back)?.ballots).toEqual({});
    expect(castBallot(back, roundId, "anna", "a", -1)).toBe(back);
  });

  it("gives nothing in a closed round, nor to a quote card", () => {
    const { analysis, roundId } = withRound();
    expect(castBallot(analysis, roundId, "anna", "q", 1)).toBe(analysis);
    const closed = closeVotingRound(analysis, roundId, 2000);
    expect(castBallot(closed, roundId, "anna", "a", 1)).toBe(closed);
  });

  it("are cleared with the round, and dropped with a deleted node", () => {
    const { analysis, roundId } = withRound();
    let a = castBallot(analysis, roundId, "anna", "a", 1);
    a = castBallot(a, roundId, "bram", "b", 1);
    expect(pruneVotes(removeElements(a, ["a"])).votingRounds[0]?.ballots).toEqual({
      bram: { b: 1 },
    });
    expect(clearVotes(a, roundId).votingRounds[0]?.ballots).toEqual({});
  });
});

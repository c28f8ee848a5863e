import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cluster, factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "./analysis";
import { countingIds } from "./ids";
import { captureLinked } from "./operations/capture";
import { moveNodes, setLabel } from "./operations/edit";
import { removeElements } from "./operations/remove";
import {
  castBallot,
  castVote,
  closeVotingRound,
  startVotingRound,
  tally,
} from "./operations/voting";
import { isPermittedParticipantChange, permitParticipantChange } from "./participation";

const ME = "participant-me";
const OTHER = "participant-other";

function board() {
  const ids = countingIds();
  const base = makeAnalysis(
    [cluster("core", "problem"), factor("a", "cause"), factor("b", "cause")],
    [link("a", "core"), link("b", "core")],
  );
  const { analysis, roundId } = startVotingRound(
    base,
    { name: "Ronde", dotsPerParticipant: 2, participants: 3 },
    1,
    ids,
  );
  return { analysis, roundId, ids };
}

const none = new Set<string>();

describe("what a workshop participant may change", () => {
  it("keeps a cause they add under a node, with its link", () => {
    const { analysis, ids } = board();
    const { analysis: after, nodeId } = captureLinked(
      analysis,
      "core",
      "Te weinig tijd",
      "cause",
      ids,
    );
    const kept = permitParticipantChange(analysis, after, ME, none);
    expect(kept.nodes.map((n) => n.id)).toContain(nodeId);
    expect(kept.edges.some((e) => e.source === nodeId && e.target === "core")).toBe(true);
  });

  it("puts back a deletion, a rename and a move of what others made", () => {
    const { analysis } = board();
    const deleted = removeElements(analysis, ["a"], []);
    expect(permitParticipantChange(analysis, deleted, ME, none).nodes.map((n) => n.id)).toEqual([
      "core",
      "a",
      "b",
    ]);
    const renamed = setLabel(analysis, "b", "Iets anders");
    const afterRename = permitParticipantChange(analysis, renamed, ME, none);
    expect(afterRename.nodes.find((n) => n.id === "b")).toEqual(
      analysis.nodes.find((n) => n.id === "b"),
    );
    const moved = moveNodes(analysis, new Map([["core", { x: 999, y: 999 }]]));
    expect(permitParticipantChange(analysis, moved, ME, none).nodes[0]).toEqual(analysis.nodes[0]);
  });

  it("lets them rename and remove the factors they added themselves", () => {
    const { analysis, ids } = board();
    const { analysis: added, nodeId } = captureLinked(
      analysis,
      "core",
      "Eerste versie",
      "cause",
      ids,
    );
    const own = new Set([nodeId ?? ""]);
    const renamed = setLabel(added, nodeId ?? "", "Tweede versie");
    const kept = permitParticipantChange(added, renamed, ME, own);
    expect(kept.nodes.find((n) => n.id === nodeId)).toMatchObject({ label: "Tweede versie" });
    const removed = removeElements(added, [nodeId ?? ""], []);
    const gone = permitParticipantChange(added, removed, ME, own);
    expect(gone.nodes.map((n) => n.id)).toEqual(["core", "a", "b"]);
    expect(gone.edges).toEqual(analysis.edges);
  });

  it("keeps their own dots within their budget and puts back the room's and another's", () => {
    const { analysis, roundId } = board();
    const mine = castBallot(castBallot(analysis, roundId, ME, "a", 1), roundId, ME, "b", 1);
    expect(permitParticipantChange(analysis, mine, ME, none).votingRounds.map(tally)[0]).toEqual({
      a: 1,
      b: 1,
    });
    const forgedOther = castBallot(analysis, roundId, OTHER, "a", 1);
    expect(permitParticipantChange(analysis, forgedOther, ME, none).votingRounds).toEqual(
      analysis.votingRounds,
    );
    const roomDot = castVote(analysis, roundId, "a", 1);
    expect(permitParticipantChange(analysis, roomDot, ME, none).votingRounds).toEqual(
      analysis.votingRounds,
    );
    const round = mine.votingRounds[0];
    const overBudget: Analysis = {
      ...mine,
      votingRounds: round ? [{ ...round, ballots: { [ME]: { a: 5 } } }] : [],
    };
    expect(permitParticipantChange(analysis, overBudget, ME, none).votingRounds).toEqual(
      analysis.votingRounds,
    );
  });

  it("does not let them close a round or change its title", () => {
    const { analysis, roundId } = board();
    const closed = { ...closeVotingRound(analysis, roundId, 5), title: "Overgenomen" };
    expect(permitParticipantChange(analysis, closed, ME, none)).toEqual({
      ...analysis,
      viewport: closed.viewport,
    });
  });

  it("returns the change itself when all of it is allowed", () => {
    const { analysis, roundId } = board();
    // The store stamps every change with the time: that is no change of anyone's.
    const mine = {
      ...castBallot(analysis, roundId, ME, "core", 1),
      updatedAt: analysis.updatedAt + 60_000,
    };
    expect(permitParticipantChange(analysis, mine, ME, none)).toBe(mine);
  });

  it("tells the server whether a change is all allowed, whatever order the merge put items in", () => {
    const { analysis, roundId, ids } = board();
    const { analysis: captured } = captureLinked(analysis, "core", "Nieuw", "cause", ids);
    const voted = castBallot(castBallot(captured, roundId, OTHER, "a", 1), roundId, ME, "b", 1);
    const before = castBallot(analysis, roundId, OTHER, "a", 1);
    // The merged document may hold the new factor first and this ballot before another's.
    const [round] = voted.votingRounds;
    const reordered: Analysis = {
      ...voted,
      nodes: [...voted.nodes].reverse(),
      edges: [...voted.edges].reverse(),
      votingRounds: round
        ? [{ ...round, ballots: { [ME]: round.ballots[ME] ?? {}, [OTHER]: { a: 1 } } }]
        : [],
    };
    expect(isPermittedParticipantChange(before, reordered, ME, none)).toBe(true);
    expect(isPermittedParticipantChange(before, setLabel(reordered, "a", "Anders"), ME, none)).toBe(
      false,
    );
    expect(isPermittedParticipantChange(before, reordered, OTHER, none)).toBe(false);
  });

  it("never lets anything of others change, whatever sequence of edits is tried", () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant("delete" as const), id: fc.constantFrom("core", "a", "b") }),
      fc.record({
        op: fc.constant("rename" as const),
        id: fc.constantFrom("core", "a", "b"),
        label: fc.string(),
      }),
      fc.record({ op: fc.constant("capture" as const), label: fc.string({ minLength: 1 }) }),
      fc.record({
        op: fc.constant("ballot" as const),
        who: fc.constantFrom(ME, OTHER),
        id: fc.constantFrom("core", "a", "b"),
        delta: fc.constantFrom(1 as const, -1 as const),
      }),
      fc.record({ op: fc.constant("room" as const), id: fc.constantFrom("core", "a", "b") }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const { analysis, roundId, ids } = board();
        let after = analysis;
        for (const s of steps) {
          if (s.op === "delete") after = removeElements(after, [s.id], []);
          else if (s.op === "rename") after = setLabel(after, s.id, s.label);
          else if (s.op === "capture")
            after = captureLinked(after, "a", s.label, "cause", ids).analysis;
          else if (s.op === "ballot") after = castBallot(after, roundId, s.who, s.id, s.delta);
          else after = castVote(after, roundId, s.id, 1);
        }
        const kept = permitParticipantChange(analysis, after, ME, none);
        for (const node of analysis.nodes) {
          expect(kept.nodes.find((n) => n.id === node.id)).toEqual(node);
        }
        for (const edge of analysis.edges) expect(kept.edges).toContainEqual(edge);
        const [round] = kept.votingRounds;
        expect(round?.votes).toEqual({});
        expect(round?.ballots[OTHER]).toBeUndefined();
        expect(
          Object.values(round?.ballots[ME] ?? {}).reduce((a, b) => a + b, 0),
        ).toBeLessThanOrEqual(2);
      }),
    );
  });
});

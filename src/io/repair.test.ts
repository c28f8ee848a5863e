import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { repairReferences } from "./repair";

describe("repairReferences", () => {
  it("returns a sound analysis as it is, the same object", () => {
    const sound = makeAnalysis(
      [cluster("c"), quoteCard("k", "q", { clusterId: "c" }), factor("f")],
      [link("c", "f")],
    );
    const result = repairReferences(sound);
    expect(result.analysis).toBe(sound);
    expect(result.repairs).toEqual([]);
  });

  it("keeps the first of two nodes or links with one id, and drops what points nowhere", () => {
    const broken = makeAnalysis(
      [
        factor("f", "cause", "eerste"),
        factor("f", "problem", "tweede"),
        quoteCard("k", "q", { clusterId: "f" }),
      ],
      [link("f", "k"), link("f", "k"), link("k", "weg")],
    );
    const { analysis, repairs } = repairReferences(broken);
    expect(analysis.nodes).toEqual([
      factor("f", "cause", "eerste"),
      { ...quoteCard("k", "q"), clusterId: null },
    ]);
    expect(analysis.edges).toEqual([link("f", "k")]);
    expect(repairs).toEqual([
      { kind: "duplicateNode", id: "f" },
      // A factor is no cluster: the card is taken out of it.
      { kind: "danglingCluster", id: "k", clusterId: "f" },
      { kind: "duplicateEdge", id: "f->k" },
      { kind: "danglingEdge", id: "k->weg", missing: "weg" },
    ]);
  });

  it("drops votes for nodes that are not there", () => {
    const round = {
      id: "r",
      name: "Ronde 1",
      startedAt: 0,
      closedAt: null,
      dotsPerParticipant: 3,
      participants: 10,
      votes: { f: 4, weg: 2 },
      ballots: {},
    };
    const { analysis, repairs } = repairReferences({
      ...makeAnalysis([factor("f")]),
      votingRounds: [round],
    });
    expect(analysis.votingRounds[0]?.votes).toEqual({ f: 4 });
    expect(repairs).toEqual([{ kind: "danglingVote", id: "weg" }]);
  });
});

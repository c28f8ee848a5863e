import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { evidenceByCause } from "./evidenceByCause";

const ids = (groups: ReturnType<typeof evidenceByCause>) =>
  groups.map((g) => [g.causeId, g.cards.map((c) => c.id)]);

describe("evidenceByCause", () => {
  it("groups the quotes under the cause they come through, nearest causes first", () => {
    const analysis = makeAnalysis(
      [
        factor("P", "problem", "Kern"),
        cluster("K", "cause", "Direct"),
        quoteCard("k1", "q1", { clusterId: "K" }),
        cluster("L", "cause", "Dieper"),
        quoteCard("l1", "q2", { clusterId: "L" }),
        quoteCard("l2", "q3", { clusterId: "L" }),
        factor("E", "symptom", "Gevolg"),
        quoteCard("e1", "q4"),
      ],
      [link("L", "K"), link("K", "P"), link("P", "E"), link("e1", "E", "relates")],
    );
    expect(ids(evidenceByCause(analysis, "P"))).toEqual([
      ["K", ["k1"]],
      ["L", ["l1", "l2"]],
    ]);
    // Effects above and quotes linked to them are not evidence for the problem.
    expect(ids(evidenceByCause(analysis, "K"))).toEqual([["L", ["l1", "l2"]]]);
    expect(evidenceByCause(analysis, "L")).toEqual([]);
  });

  it("lists a card once, and never one the node holds itself, even on a cycle", () => {
    const analysis = makeAnalysis(
      [
        cluster("A", "cause", "A"),
        quoteCard("a1", "q1", { clusterId: "A" }),
        cluster("B", "cause", "B"),
        quoteCard("b1", "q2", { clusterId: "B" }),
        factor("C", "cause", "C"),
      ],
      [link("A", "B"), link("B", "A"), link("a1", "C"), link("B", "C"), link("A", "C")],
    );
    // a1 is C's own (linked to it); A's only card is a1, so A adds nothing.
    expect(ids(evidenceByCause(analysis, "C"))).toEqual([["B", ["b1"]]]);
  });
});

import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { Analysis } from "./analysis";
import {
  causalCycles,
  clustersWithoutRole,
  coverageOf,
  coveredQuoteIds,
  evidenceCounts,
  evidenceOf,
  hasProblemNode,
  orphanNodes,
  sameEvidenceInputs,
} from "./graph";
import { markCovered, unmarkCovered } from "./operations";

describe("evidenceOf", () => {
  // root cause (cluster of 2 quotes, sections 2.1 and 2.3) -> cause factor (one linked quote) -> problem
  const analysis = makeAnalysis(
    [
      cluster("root", "cause"),
      quoteCard("c1", "q1", { clusterId: "root", section: "2.1" }),
      quoteCard("c2", "q2", { clusterId: "root", section: "2.3" }),
      factor("cause", "cause"),
      quoteCard("c3", "q3", { chapter: 4, section: "4.7" }),
      factor("problem", "problem"),
      quoteCard("c4", "q1", { clusterId: "root", section: "2.1" }),
    ],
    [link("root", "cause"), link("c3", "cause", "relates"), link("cause", "problem")],
  );

  it("counts the quotes inside a cluster once each, with their sections and chapters", () => {
    const { own } = evidenceOf(analysis, "root");
    expect([...own.quoteIds].sort()).toEqual(["q1", "q2"]);
    expect(own.sections.size).toBe(2);
    expect(own.chapters.size).toBe(1);
  });

  it("counts quotes linked to a factor as its own evidence", () => {
    const { own } = evidenceOf(analysis, "cause");
    expect([...own.quoteIds]).toEqual(["q3"]);
  });

  it("rolls up the evidence of every cause beneath a node", () => {
    const { own, rolledUp } = evidenceOf(analysis, "problem");
    expect(own.quoteIds.size).toBe(0);
    expect([...rolledUp.quoteIds].sort()).toEqual(["q1", "q2", "q3"]);
    expect(rolledUp.chapters.size).toBe(2);
    expect(rolledUp.sections.size).toBe(3);
  });

  it("does not loop forever on a causal cycle", () => {
    const looped = makeAnalysis(
      [factor("a"), factor("b"), quoteCard("qa", "q1")],
      [link("a", "b"), link("b", "a"), link("qa", "a", "relates")],
    );
    expect([...evidenceOf(looped, "b").rolledUp.quoteIds]).toEqual(["q1"]);
  });
});

describe("causalCycles", () => {
  it("finds cycles among causes links only", () => {
    const analysis = makeAnalysis(
      [factor("a"), factor("b"), factor("c"), factor("d"), factor("e")],
      [
        link("a", "b"),
        link("b", "c"),
        link("c", "a"),
        link("d", "e", "relates"),
        link("e", "d", "relates"),
        link("d", "d"),
      ],
    );
    const cycles = causalCycles(analysis).map((c) => [...c].sort());
    expect(cycles).toContainEqual(["a", "b", "c"]);
    expect(cycles).toContainEqual(["d"]);
    expect(cycles).toHaveLength(2);
  });

  it("finds none in a tree", () => {
    const analysis = makeAnalysis(
      [factor("a"), factor("b"), factor("p")],
      [link("a", "p"), link("b", "p")],
    );
    expect(causalCycles(analysis)).toEqual([]);
  });
});

describe("orphanNodes", () => {
  it("lists unconnected clusters, factors and loose cards, never notes or cards in a cluster", () => {
    const analysis = makeAnalysis(
      [
        factor("linked"),
        factor("alone"),
        cluster("k"),
        quoteCard("in-k", "q1", { clusterId: "k" }),
        cluster("k2"),
        quoteCard("in-k2", "q2", { clusterId: "k2" }),
        quoteCard("loose", "q3"),
        { kind: "note", id: "n", position: { x: 0, y: 0 }, text: "notitie" },
      ],
      [link("linked", "in-k2")],
    );
    expect(
      orphanNodes(analysis)
        .map((n) => n.id)
        .sort(),
    ).toEqual(["alone", "k", "loose"]);
  });
});

describe("role checks", () => {
  it("finds clusters without a role and whether a problem exists", () => {
    const analysis = makeAnalysis([cluster("a"), cluster("b", "cause"), factor("f")]);
    expect(clustersWithoutRole(analysis).map((n) => n.id)).toEqual(["a"]);
    expect(hasProblemNode(analysis)).toBe(false);
    expect(hasProblemNode(makeAnalysis([factor("p", "problem")]))).toBe(true);
  });
});

describe("coverageOf", () => {
  it("counts placed corpus quotes overall, per chapter and per section", () => {
    const corpus = [
      makeQuote({ id: "q1", chapter: 1, section: "1.1" }),
      makeQuote({ id: "q2", chapter: 1, section: "1.1" }),
      makeQuote({ id: "q3", chapter: 2, section: "2.1" }),
    ];
    const analysis = makeAnalysis([
      quoteCard("c1", "q1"),
      quoteCard("c1b", "q1"),
      quoteCard("x", "not-in-corpus"),
    ]);
    const coverage = coverageOf(analysis, corpus);
    expect(coverage.placed).toBe(1);
    expect(coverage.total).toBe(3);
    expect(coverage.byChapter).toEqual([
      { chapter: 1, placed: 1, total: 2 },
      { chapter: 2, placed: 0, total: 1 },
    ]);
    expect(coverage.bySection).toContainEqual({ chapter: 1, section: "1.1", placed: 1, total: 2 });
    expect([...coverage.placedQuoteIds]).toEqual(["q1"]);
    expect(coverage.covered).toBe(0);
  });

  it("counts a quote marked as covered while the quote covering it is on the canvas", () => {
    const corpus = [
      makeQuote({ id: "q1", chapter: 1, section: "1.1" }),
      makeQuote({ id: "q2", chapter: 2, section: "2.1" }),
      makeQuote({ id: "q3", chapter: 2, section: "2.2" }),
    ];
    const marked = markCovered(
      markCovered(makeAnalysis([quoteCard("c1", "q1")]), "q2", "q1"),
      "q3",
      "gone",
    );
    const coverage = coverageOf(marked, corpus);
    // q3's covering quote has no card: it does not count.
    expect(coverage).toMatchObject({ placed: 2, covered: 1, total: 3 });
    expect(coverage.bySection).toContainEqual({ chapter: 2, section: "2.1", placed: 1, total: 1 });
    expect(coveredQuoteIds(marked.coveredQuotes, new Set(["q1"]))).toEqual(new Set(["q2"]));
    // Without its covering card, or unmarked, it is uncovered again.
    expect(coverageOf({ ...marked, nodes: [] }, corpus).placed).toBe(0);
    expect(coverageOf(unmarkCovered(marked, "q2"), corpus)).toMatchObject({
      placed: 1,
      covered: 0,
    });
  });
});

describe("markCovered and unmarkCovered", () => {
  it("mark a quote as covered by another and take the mark away, changing nothing else", () => {
    const start = makeAnalysis([quoteCard("c1", "q1")]);
    const marked = markCovered(start, "q2", "q1");
    expect(marked.coveredQuotes).toEqual({ q2: "q1" });
    expect(marked.nodes).toBe(start.nodes);
    expect(unmarkCovered(marked, "q2")).toEqual(start);
  });

  it("leave the analysis as it is for the same mark again, a quote covering itself, or no mark", () => {
    const marked = markCovered(makeAnalysis(), "q2", "q1");
    expect(markCovered(marked, "q2", "q1")).toBe(marked);
    expect(markCovered(marked, "q1", "q1")).toBe(marked);
    expect(unmarkCovered(marked, "q9")).toBe(marked);
  });
});

describe("evidenceCounts", () => {
  it("agrees with evidenceOf for every cluster and factor", () => {
    const analysis = makeAnalysis(
      [
        cluster("root", "cause"),
        quoteCard("c1", "q1", { clusterId: "root" }),
        quoteCard("c2", "q2", { clusterId: "root" }),
        factor("cause", "cause"),
        quoteCard("c3", "q3"),
        factor("problem", "problem"),
        quoteCard("c4", "q1"),
      ],
      [
        link("root", "cause"),
        link("c3", "cause", "relates"),
        link("cause", "problem"),
        link("problem", "c4"),
      ],
    );
    const counts = evidenceCounts(analysis);
    for (const id of ["root", "cause", "problem"]) {
      const { own, rolledUp } = evidenceOf(analysis, id);
      expect(counts.get(id), id).toEqual({
        own: own.quoteIds.size,
        rolledUp: rolledUp.quoteIds.size,
      });
    }
    expect(counts.get("problem")).toEqual({ own: 1, rolledUp: 3 });
  });
});

describe("sameEvidenceInputs", () => {
  const analysis = makeAnalysis(
    [cluster("k"), quoteCard("c1", "q1", { clusterId: "k" }), quoteCard("c2", "q2"), factor("f")],
    [link("c2", "k"), link("k", "f")],
  );
  const withNodes = (nodes: Analysis["nodes"]) => ({ ...analysis, nodes });

  it("holds across moves and relabels, which keep every count", () => {
    const moved = withNodes(analysis.nodes.map((n) => ({ ...n, position: { x: 9, y: 9 } })));
    const relabelled = withNodes(
      analysis.nodes.map((n) => (n.kind === "factor" ? { ...n, label: "nieuw" } : n)),
    );
    for (const after of [moved, relabelled]) {
      expect(sameEvidenceInputs(analysis, after)).toBe(true);
      expect(evidenceCounts(after)).toEqual(evidenceCounts(analysis));
    }
  });

  it("fails when a card changes cluster or quote, or when links or nodes change", () => {
    const regrouped = withNodes(
      analysis.nodes.map((n) => (n.id === "c1" ? { ...n, clusterId: null } : n)),
    );
    const requoted = withNodes(
      analysis.nodes.map((n) => (n.id === "c1" ? { ...n, quoteId: "q9" } : n)),
    );
    expect(sameEvidenceInputs(analysis, regrouped)).toBe(false);
    expect(evidenceCounts(regrouped).get("k")).not.toEqual(evidenceCounts(analysis).get("k"));
    expect(sameEvidenceInputs(analysis, requoted)).toBe(false);
    expect(sameEvidenceInputs(analysis, { ...analysis, edges: [...analysis.edges] })).toBe(false);
    expect(sameEvidenceInputs(analysis, withNodes(analysis.nodes.slice(1)))).toBe(false);
  });
});

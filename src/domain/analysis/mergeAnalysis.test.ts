import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { mergeAnalysis, sameDocument } from "./mergeAnalysis";

const base = makeAnalysis([factor("a"), factor("b"), cluster("k")], [link("a", "b")]);
const relabel = (id: string, label: string) => (n: (typeof base.nodes)[number]) =>
  n.id === id && n.kind === "factor" ? { ...n, label } : n;

describe("mergeAnalysis", () => {
  it("keeps both tabs' edits to different nodes", () => {
    const local = { ...base, nodes: base.nodes.map(relabel("a", "hier")) };
    const remote = { ...base, nodes: [...base.nodes.map(relabel("b", "daar")), factor("c")] };
    const merged = mergeAnalysis(base, local, remote);
    expect(merged.nodes.map((n) => (n.kind === "factor" ? n.label : n.id))).toEqual([
      "hier",
      "daar",
      "k",
      "c",
    ]);
    expect(merged.edges).toEqual(base.edges);
  });

  it("lets this tab win on a node both edited, and keeps an edit over a delete", () => {
    const local = {
      ...base,
      nodes: base.nodes.map(relabel("a", "hier")).filter((n) => n.id !== "b"),
    };
    const remote = {
      ...base,
      nodes: base.nodes.map(relabel("a", "daar")).map(relabel("b", "bewerkt")),
    };
    const merged = mergeAnalysis(base, local, remote);
    expect(merged.nodes.find((n) => n.id === "a")).toMatchObject({ label: "hier" });
    expect(merged.nodes.find((n) => n.id === "b")).toMatchObject({ label: "bewerkt" });
  });

  it("drops links to deleted nodes and frees cards of a deleted cluster", () => {
    const withCard = { ...base, nodes: [...base.nodes, quoteCard("c1", "q", { clusterId: "k" })] };
    const local = { ...withCard, edges: [...withCard.edges, link("a", "c1", "relates")] };
    const remote = {
      ...withCard,
      nodes: withCard.nodes.filter((n) => n.id !== "k" && n.id !== "a"),
    };
    const merged = mergeAnalysis(withCard, local, remote);
    expect(merged.edges).toEqual([]);
    expect(merged.nodes.find((n) => n.id === "c1")).toMatchObject({ clusterId: null });
  });

  it("keeps this window's viewport and the newer timestamp", () => {
    const local = { ...base, viewport: { x: 5, y: 5, zoom: 2 }, updatedAt: 10 };
    const remote = { ...base, title: "Nieuw", updatedAt: 20 };
    const merged = mergeAnalysis(base, local, remote);
    expect(merged).toMatchObject({ title: "Nieuw", viewport: local.viewport, updatedAt: 20 });
    expect(sameDocument(merged, remote)).toBe(true);
  });

  it("keeps votes cast in the other tab, and drops votes of a node deleted there", () => {
    const round = {
      id: "r",
      name: "Ronde",
      startedAt: 1,
      closedAt: null,
      dotsPerParticipant: 3,
      participants: 5,
      votes: {},
      ballots: {},
    };
    const withRound = { ...base, votingRounds: [round] };
    const local = { ...withRound, nodes: withRound.nodes.map(relabel("a", "hier")) };
    const remote = {
      ...withRound,
      nodes: withRound.nodes.filter((n) => n.id !== "b"),
      votingRounds: [{ ...round, votes: { a: 2, b: 1 } }],
    };
    expect(mergeAnalysis(withRound, local, remote).votingRounds).toEqual([
      { ...round, votes: { a: 2 } },
    ]);
  });

  it("keeps quotes marked as covered in either tab, and this tab's unmark", () => {
    const marked = { ...base, coveredQuotes: { q1: "q0", q2: "q0" } };
    const local = { ...marked, coveredQuotes: { q2: "q0", q3: "q0" } };
    const remote = { ...marked, coveredQuotes: { q1: "q0", q2: "q0", q4: "q5" } };
    expect(mergeAnalysis(marked, local, remote).coveredQuotes).toEqual({
      q2: "q0",
      q3: "q0",
      q4: "q5",
    });
  });
});

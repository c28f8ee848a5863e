import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../../tests/helpers/quoteFactory";
import { QUOTE_SIZE } from "../../layout/boxSizes";
import { PLACE_GAP } from "../../layout/freeSpot";
import { analysisSchema } from "../analysis";
import { countingIds } from "../ids";
import {
  absolutePosition,
  addFactor,
  addNote,
  CLUSTER_PADDING,
  cardForQuote,
  connect,
  copyFragment,
  fitClusterOrigin,
  freeSpotNear,
  groupIntoCluster,
  moveIntoCluster,
  moveNodes,
  moveOutOfCluster,
  nodeById,
  parseFragment,
  pasteFragment,
  placeQuotes,
  removeElements,
  reverseEdge,
  setCollapsed,
  setEdgeKind,
  setEdgeLabel,
  setLabel,
  setRole,
  ungroup,
} from "./index";

const at = (x: number, y: number) => ({ x, y });
function positioned<T extends { position: { x: number; y: number } }>(
  node: T,
  x: number,
  y: number,
): T {
  return { ...node, position: at(x, y) };
}

describe("placing", () => {
  it("places quote cards with a snapshot of the quote, the next one clear of the first", () => {
    const quotes = [makeQuote({ id: "q1", text: "Eerste." }), makeQuote({ id: "q2" })];
    const { analysis, nodeIds } = placeQuotes(
      makeAnalysis(),
      quotes,
      "seed",
      at(100, 50),
      countingIds(),
    );
    expect(nodeIds).toEqual(["quote_1", "quote_2"]);
    const [first, second] = analysis.nodes;
    expect(first).toMatchObject({
      kind: "quote",
      quoteId: "q1",
      clusterId: null,
      position: at(100, 50),
    });
    expect(first?.kind === "quote" && first.snapshot.text).toBe("Eerste.");
    // Below the first is as near as above it: reading order decides.
    expect(second?.position).toEqual(at(100, 50 + QUOTE_SIZE.height + PLACE_GAP));
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
    expect(cardForQuote(analysis, "q2")?.id).toBe("quote_2");
    expect(cardForQuote(analysis, "q3")).toBeUndefined();
  });

  it("adds factors with a role and notes", () => {
    const ids = countingIds();
    const withFactor = addFactor(
      makeAnalysis(),
      { label: "Capaciteit", role: "cause", position: at(0, 0) },
      ids,
    );
    const withNote = addNote(withFactor.analysis, { text: "Nagaan", position: at(5, 5) }, ids);
    expect(withNote.analysis.nodes.map((n) => n.kind)).toEqual(["factor", "note"]);
    expect(nodeById(withNote.analysis, withFactor.nodeId)).toMatchObject({
      role: "cause",
      label: "Capaciteit",
    });
  });
});

describe("clusters", () => {
  const base = makeAnalysis([
    positioned(quoteCard("a", "q1"), 200, 300),
    positioned(quoteCard("b", "q2"), 500, 100),
    factor("f"),
  ]);

  it("groups cards into a cluster where they were, in its grid in reading order", () => {
    const { analysis, clusterId } = groupIntoCluster(
      base,
      ["a", "b", "f"],
      "Capaciteit",
      countingIds(),
    );
    expect(clusterId).toBe("cluster_1");
    const created = nodeById(analysis, "cluster_1");
    expect(created).toMatchObject({ label: "Capaciteit", role: null, collapsed: false });
    // Where the cards began (200 - padding, 100 - padding) it would cover the factor at the
    // origin (220 wide): it moves just right of it, keeping the gap.
    expect(created?.position).toEqual(at(220 + PLACE_GAP, 100 - CLUSTER_PADDING.top));
    // b sits higher than a, so it comes first in the grid (two cards: two columns).
    const slots = { b: at(16, 56), a: at(16 + 260 + 16, 56) };
    for (const [id, slot] of Object.entries(slots)) {
      const card = nodeById(analysis, id);
      expect(card?.kind === "quote" && card.clusterId).toBe("cluster_1");
      expect(card?.position).toEqual(slot);
    }
    expect(nodeById(analysis, "f")?.kind).toBe("factor");
  });

  it("does nothing when no quote card is selected", () => {
    expect(groupIntoCluster(base, ["f"], "x", countingIds()).analysis).toBe(base);
  });

  it("moves a card into and out of a cluster keeping its canvas position", () => {
    const grouped = groupIntoCluster(base, ["a"], "K", countingIds()).analysis;
    const inside = moveIntoCluster(grouped, "b", "cluster_1", at(260, 380));
    const b = nodeById(inside, "b");
    expect(b && absolutePosition(inside, b)).toEqual(at(260, 380));
    const outside = moveOutOfCluster(inside, "b");
    const bOut = nodeById(outside, "b");
    expect(bOut).toMatchObject({ clusterId: null, position: at(260, 380) });
  });

  it("ungroups: cards stay put, the cluster and its links go", () => {
    const grouped = groupIntoCluster(base, ["a", "b"], "K", countingIds()).analysis;
    const linked = { ...grouped, edges: [link("cluster_1", "f")] };
    const result = ungroup(linked, "cluster_1");
    expect(nodeById(result, "cluster_1")).toBeUndefined();
    expect(result.edges).toEqual([]);
    const cluster = nodeById(linked, "cluster_1");
    const card = nodeById(linked, "a");
    expect(nodeById(result, "a")).toMatchObject({
      clusterId: null,
      position: cluster && card && absolutePosition(linked, card),
    });
  });

  it("collapses and expands", () => {
    const grouped = groupIntoCluster(base, ["a"], "K", countingIds()).analysis;
    const collapsed = setCollapsed(grouped, "cluster_1", true);
    expect(nodeById(collapsed, "cluster_1")).toMatchObject({ collapsed: true });
    expect(setCollapsed(collapsed, "cluster_1", true)).toBe(collapsed);
    expect(nodeById(setCollapsed(collapsed, "cluster_1", false), "cluster_1")).toMatchObject({
      collapsed: false,
    });
  });

  it("refits the cluster origin when a card moves past its top-left", () => {
    const grouped = groupIntoCluster(base, ["a", "b"], "K", countingIds()).analysis;
    const dragged = moveNodes(grouped, new Map([["a", at(-40, 20)]]));
    const before = nodeById(dragged, "a");
    const beforeAbs = before && absolutePosition(dragged, before);
    const fitted = fitClusterOrigin(dragged, "cluster_1");
    const after = nodeById(fitted, "a");
    expect(after && absolutePosition(fitted, after)).toEqual(beforeAbs);
    expect(after?.position).toEqual(at(CLUSTER_PADDING.left, CLUSTER_PADDING.top));
  });
});

describe("roles and labels", () => {
  const base = makeAnalysis([
    cluster("k"),
    factor("f"),
    quoteCard("c", "q1"),
    { kind: "note", id: "n", position: at(0, 0), text: "" },
  ]);

  it("sets a role on clusters and factors only", () => {
    const result = setRole(base, ["k", "f", "c", "n"], "cause");
    expect(nodeById(result, "k")).toMatchObject({ role: "cause" });
    expect(nodeById(result, "f")).toMatchObject({ role: "cause" });
    expect(nodeById(result, "c")).toBe(nodeById(base, "c"));
    expect(nodeById(setRole(result, ["k"], null), "k")).toMatchObject({ role: null });
  });

  it("edits labels and note text, leaving unchanged input untouched", () => {
    expect(nodeById(setLabel(base, "k", "Wantrouwen"), "k")).toMatchObject({ label: "Wantrouwen" });
    expect(nodeById(setLabel(base, "n", "Later"), "n")).toMatchObject({ text: "Later" });
    expect(setLabel(base, "c", "x")).toBe(base);
  });
});

describe("links", () => {
  const base = makeAnalysis([factor("a"), factor("b"), quoteCard("c", "q1")]);

  it("connects nodes, including single quote cards", () => {
    const ids = countingIds();
    const first = connect(base, "a", "b", "causes", ids);
    expect(first.analysis.edges).toEqual([
      { id: "link_1", source: "a", target: "b", kind: "causes", label: "" },
    ]);
    const second = connect(first.analysis, "c", "a", "relates", ids);
    expect(second.edgeId).toBe("link_2");
  });

  it("refuses self-links, dangling ends and duplicates", () => {
    const ids = countingIds();
    const once = connect(base, "a", "b", "relates", ids).analysis;
    expect(connect(once, "a", "a", "causes", ids).edgeId).toBeNull();
    expect(connect(once, "a", "zz", "causes", ids).edgeId).toBeNull();
    expect(connect(once, "b", "a", "relates", ids).edgeId).toBeNull();
    // The opposite direction is a different causal claim.
    const causes = connect(once, "a", "b", "causes", ids).analysis;
    expect(connect(causes, "b", "a", "causes", ids).edgeId).not.toBeNull();
  });

  it("changes kind and label, reverses, and deletes links", () => {
    const withLink = connect(base, "a", "b", "causes", countingIds()).analysis;
    const contradicts = setEdgeKind(withLink, "link_1", "contradicts");
    expect(contradicts.edges[0]?.kind).toBe("contradicts");
    expect(setEdgeLabel(contradicts, "link_1", "soms")?.edges[0]?.label).toBe("soms");
    expect(reverseEdge(withLink, "link_1").edges[0]).toMatchObject({ source: "b", target: "a" });
    expect(removeElements(withLink, [], ["link_1"]).edges).toEqual([]);
  });
});

describe("removeElements", () => {
  it("removes a cluster with its cards and every link that lost an end", () => {
    const analysis = makeAnalysis(
      [cluster("k"), quoteCard("in", "q1", { clusterId: "k" }), factor("f"), factor("g")],
      [link("in", "f"), link("f", "g"), link("k", "g")],
    );
    const result = removeElements(analysis, ["k"]);
    expect(result.nodes.map((n) => n.id)).toEqual(["f", "g"]);
    expect(result.edges.map((e) => e.id)).toEqual(["f->g"]);
    expect(removeElements(analysis, ["nope"])).toBe(analysis);
  });
});

describe("copy and paste", () => {
  const source = makeAnalysis(
    [
      positioned(cluster("k", "cause", "Capaciteit"), 100, 100),
      positioned(quoteCard("in", "q1", { clusterId: "k" }), 16, 56),
      positioned(factor("p", "problem"), 400, 0),
      positioned(factor("other"), 900, 0),
    ],
    [link("k", "p"), link("other", "p")],
  );

  it("copies clusters with their cards and the links among the copied nodes", () => {
    const fragment = copyFragment(source, ["k", "p"]);
    expect(fragment.nodes.map((n) => n.id).sort()).toEqual(["in", "k", "p"]);
    expect(fragment.edges.map((e) => e.id)).toEqual(["k->p"]);
  });

  it("pastes with fresh ids and an offset, into the same or another analysis", () => {
    const fragment = copyFragment(source, ["k", "p"]);
    const target = makeAnalysis();
    const { analysis, nodeIds } = pasteFragment(target, fragment, at(20, 20), countingIds());
    expect(nodeIds).toHaveLength(3);
    expect(new Set(nodeIds).size).toBe(3);
    expect(nodeIds.some((id) => ["k", "in", "p"].includes(id))).toBe(false);
    const pastedCluster = analysis.nodes.find((n) => n.kind === "cluster");
    const pastedCard = analysis.nodes.find((n) => n.kind === "quote");
    expect(pastedCluster?.position).toEqual(at(120, 120));
    expect(pastedCard).toMatchObject({ clusterId: pastedCluster?.id, position: at(16, 56) });
    expect(analysis.edges).toHaveLength(1);
    expect(analysis.edges[0]).toMatchObject({ source: pastedCluster?.id, kind: "causes" });
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
  });

  it("lifts a card copied without its cluster onto the canvas at its place", () => {
    const fragment = copyFragment(source, ["in"]);
    expect(fragment.nodes[0]).toMatchObject({ clusterId: null, position: at(116, 156) });
  });
});

describe("parseFragment", () => {
  it("reads back a copied fragment and rejects anything else", () => {
    const fragment = copyFragment(makeAnalysis([factor("a"), factor("b")], [link("a", "b")]), [
      "a",
      "b",
    ]);
    expect(parseFragment(JSON.stringify(fragment))).toEqual(fragment);
    expect(parseFragment("not json")).toBeNull();
    expect(parseFragment(JSON.stringify({ nodes: [{ kind: "virus" }], edges: [] }))).toBeNull();
    expect(parseFragment(null)).toBeNull();
  });
});

describe("freeSpotNear", () => {
  it("keeps a free spot and otherwise takes the nearest spot clear of every box", () => {
    const empty = makeAnalysis();
    expect(freeSpotNear(empty, at(100, 100), QUOTE_SIZE)).toEqual(at(100, 100));
    // A factor (220 × 100) at (100, 100): a card wanting (100, 100) goes just below it, which
    // is nearer than beside it.
    const taken = makeAnalysis([positioned(factor("a"), 100, 100)]);
    expect(freeSpotNear(taken, at(100, 100), QUOTE_SIZE)).toEqual(at(100, 100 + 100 + PLACE_GAP));
  });
});

import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { moveNodes, setCollapsed } from "../../domain/analysis/operations";
import { handlesFor } from "./flowHandles";
import { cardsDrawnByClusters, createNodeMapper } from "./toFlow";
import { createEdgeMapper, drawnBoard } from "./toFlowEdges";

const at = (x: number, y: number) => ({ x, y });
const kindNames = { quote: "Citaat", cluster: "Cluster", factor: "Factor", note: "Notitie" };
const labels = { causes: "leidt tot", relates: "hangt samen met", contradicts: "spreekt tegen" };

function input(analysis = makeAnalysis()) {
  return {
    analysis,
    selectedNodeIds: new Set<string>(),
    sizes: new Map(),
    evidence: new Map(),
    kindNames,
  };
}

describe("toFlowNodes", () => {
  const analysis = makeAnalysis([
    { ...quoteCard("in", "q1", { clusterId: "k" }), position: at(16, 56) },
    { ...cluster("k", "cause"), position: at(100, 100) },
    { ...factor("f"), position: at(600, 0) },
  ]);

  it("puts clusters before their cards and links cards to their cluster", () => {
    const nodes = createNodeMapper()(input(analysis));
    expect(nodes.map((n) => n.id)).toEqual(["k", "in", "f"]);
    expect(nodes[1]).toMatchObject({ parentId: "k", type: "quote" });
  });

  it("keeps the same object for every node a change did not touch", () => {
    const toNodes = createNodeMapper();
    const before = toNodes(input(analysis));
    const after = toNodes(input(moveNodes(analysis, new Map([["f", at(700, 10)]]))));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]?.position).toEqual(at(700, 10));
  });

  it("sizes an expanded cluster to fit its cards", () => {
    const moved = moveNodes(analysis, new Map([["in", at(400, 300)]]));
    const [k] = createNodeMapper()(input(moved));
    expect(k?.width).toBeGreaterThanOrEqual(400 + 260);
    expect(k?.height).toBeGreaterThanOrEqual(300 + 136);
  });

  it("hides the cards of a collapsed cluster", () => {
    const nodes = createNodeMapper()(input(setCollapsed(analysis, "k", true)));
    expect(nodes.find((n) => n.id === "in")?.hidden).toBe(true);
  });

  it("zoomed far out, leaves an expanded cluster's cards to the cluster to draw", () => {
    const board = makeAnalysis([
      { ...cluster("k"), position: at(100, 100) },
      quoteCard("in", "q1", { clusterId: "k" }),
      cluster("shut"),
      quoteCard("kept", "q2", { clusterId: "shut" }),
      quoteCard("free", "q3"),
    ]);
    const collapsed = setCollapsed(board, "shut", true);
    const drawnByClusters = cardsDrawnByClusters(collapsed);
    const nodes = createNodeMapper()({ ...input(collapsed), drawnByClusters });
    expect(nodes.map((n) => n.id)).toEqual(["k", "shut", "kept", "free"]);
    expect(nodes[0]?.data.drawnCards?.map((c) => c.id)).toEqual(["in"]);
    // A collapsed cluster shows no cards at all; a free card stays a node at every zoom.
    expect(nodes[1]?.data.drawnCards).toBeNull();
    expect(nodes.find((n) => n.id === "kept")?.hidden).toBe(true);
  });

  it("keeps a cluster's node while its drawn cards stay the same", () => {
    const toNodes = createNodeMapper();
    const drawn = (a: typeof analysis) => ({
      ...input(a),
      drawnByClusters: cardsDrawnByClusters(a),
    });
    const before = toNodes(drawn(analysis));
    const movedFactor = moveNodes(analysis, new Map([["f", at(700, 10)]]));
    expect(toNodes(drawn(movedFactor))[0]).toBe(before[0]);
    const movedCard = moveNodes(movedFactor, new Map([["in", at(40, 80)]]));
    const [k] = toNodes(drawn(movedCard));
    expect(k).not.toBe(before[0]);
    expect(k?.data.drawnCards?.[0]?.position).toEqual(at(40, 80));
  });

  it("gives every node a handle in the middle of each side, named after it", () => {
    const handles = handlesFor({ width: 200, height: 100 });
    const centres = Object.fromEntries(
      handles.map((h) => [h.id, [h.x + (h.width ?? 0) / 2, h.y + (h.height ?? 0) / 2]]),
    );
    expect(centres).toEqual({ top: [100, 0], right: [200, 50], bottom: [100, 100], left: [0, 50] });
  });

  it("links a cause below its effect from its top to the effect's bottom, side by side by facing sides", () => {
    const analysis = makeAnalysis(
      [
        { ...factor("effect", "symptom"), position: at(0, 0) },
        { ...factor("cause", "cause"), position: at(0, 400) },
        { ...factor("beside", "cause"), position: at(600, 0) },
      ],
      [link("cause", "effect"), link("beside", "effect", "relates")],
    );
    const [up, across] = createEdgeMapper()(drawnBoard(analysis), new Set(), labels);
    expect([up?.sourceHandle, up?.targetHandle]).toEqual(["top", "bottom"]);
    expect([across?.sourceHandle, across?.targetHandle]).toEqual(["left", "right"]);
  });
});

describe("toFlowEdges", () => {
  const analysis = makeAnalysis(
    [cluster("k"), quoteCard("in", "q1", { clusterId: "k" }), factor("f")],
    [link("in", "f"), { ...link("f", "k", "contradicts"), label: "soms" }],
  );

  it("draws a link to a card in a collapsed cluster to the cluster itself", () => {
    const edges = createEdgeMapper()(
      drawnBoard(setCollapsed(analysis, "k", true)),
      new Set(),
      labels,
    );
    expect(edges[0]).toMatchObject({ source: "k", target: "f" });
  });

  it("styles links by kind: arrows only for causes, labels shown", () => {
    const [causes, contradicts] = createEdgeMapper()(drawnBoard(analysis), new Set(), labels);
    expect(causes?.markerEnd).toBeDefined();
    expect(contradicts).toMatchObject({ className: "edge-contradicts", label: "soms" });
    expect(contradicts?.markerEnd).toBeUndefined();
  });

  it("leaves links to cards their cluster draws to the overview's own link layer", () => {
    const drawnCards = new Set(["in"]);
    const edges = createEdgeMapper()(drawnBoard(analysis, drawnCards), new Set(), labels);
    expect(edges.map((e) => [e.source, e.target])).toEqual([["f", "k"]]);
  });

  it("returns the same array while nothing about the links changed (a drag)", () => {
    const toEdges = createEdgeMapper();
    const first = toEdges(drawnBoard(analysis), new Set(), labels);
    const second = toEdges(
      drawnBoard(moveNodes(analysis, new Map([["f", at(5, 5)]]))),
      new Set(),
      labels,
    );
    expect(second).toBe(first);
  });
});

import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import type { AnalysisNode, NoteNode } from "./analysis";
import {
  anchorPositions,
  consistentRoleBands,
  currentTopLeft,
  DEFAULT_BOX_SIZES,
  type LayoutBox,
  type LayoutRequest,
  layoutRequestFor,
} from "./layoutGraph";

function note(id: string): NoteNode {
  return { kind: "note", id, position: { x: 0, y: 0 }, text: id };
}

function at<T extends AnalysisNode>(node: T, x: number, y = 0): T {
  return { ...node, position: { x, y } };
}

function box(id: string, role: LayoutBox["role"] = null): LayoutBox {
  return { id, width: 100, height: 50, role, kind: "factor" };
}

describe("layoutRequestFor", () => {
  it("lays out a cluster as one box and attributes its cards' links to it", () => {
    const analysis = makeAnalysis(
      [
        cluster("c", "cause"),
        quoteCard("q1", "a", { clusterId: "c" }),
        quoteCard("q2", "b", { clusterId: "c" }),
        factor("p", "problem"),
      ],
      [link("q1", "p"), link("q2", "p")],
    );
    const request = layoutRequestFor(analysis);
    expect(request.boxes.map((b) => b.id).sort()).toEqual(["c", "p"]);
    expect(request.links).toEqual([{ source: "c", target: "p" }]);
  });

  it("keeps a card whose cluster does not exist as a box of its own", () => {
    const analysis = makeAnalysis(
      [quoteCard("q", "a", { clusterId: "gone" }), factor("p")],
      [link("q", "p")],
    );
    const request = layoutRequestFor(analysis);
    expect(request.boxes.map((b) => b.id).sort()).toEqual(["p", "q"]);
    expect(request.links).toEqual([{ source: "q", target: "p" }]);
  });

  it("deduplicates links and drops self-links, also those made by mapping cards to a cluster", () => {
    const analysis = makeAnalysis(
      [
        cluster("c"),
        quoteCard("q1", "a", { clusterId: "c" }),
        quoteCard("q2", "b", { clusterId: "c" }),
        factor("f"),
      ],
      [
        { ...link("f", "c"), id: "e1" },
        { ...link("f", "c"), id: "e2" },
        link("f", "q1"),
        link("q1", "q2"),
        link("c", "q2"),
        link("f", "f"),
      ],
    );
    expect(layoutRequestFor(analysis).links).toEqual([{ source: "f", target: "c" }]);
  });

  it("ignores relates and contradicts links, and links to missing nodes", () => {
    const analysis = makeAnalysis(
      [factor("a"), factor("b")],
      [link("a", "b", "relates"), link("b", "a", "contradicts"), link("a", "missing")],
    );
    expect(layoutRequestFor(analysis).links).toEqual([]);
  });

  it("uses the drawn sizes (a cluster's from its cards) and carries role and kind", () => {
    const analysis = makeAnalysis([
      cluster("c", "symptom"),
      at(quoteCard("in", "b", { clusterId: "c" }), 300, 200),
      factor("f"),
      note("n"),
      quoteCard("q", "a"),
    ]);
    const request = layoutRequestFor(analysis);
    const byId = new Map(request.boxes.map((b) => [b.id, b]));
    expect(byId.get("c")).toEqual({
      id: "c",
      width: 300 + 260 + 16,
      height: 200 + 136 + 16,
      role: "symptom",
      kind: "cluster",
    });
    expect(byId.get("f")).toMatchObject({
      ...DEFAULT_BOX_SIZES.factor,
      role: null,
      kind: "factor",
    });
    expect(byId.get("n")).toMatchObject({ ...DEFAULT_BOX_SIZES.note, role: null, kind: "note" });
    expect(byId.get("q")).toMatchObject({ ...DEFAULT_BOX_SIZES.quote, kind: "quote" });
  });

  it("restricts to the given top-level ids and the links among them", () => {
    const analysis = makeAnalysis(
      [
        factor("a"),
        factor("b"),
        factor("c"),
        cluster("k"),
        quoteCard("q", "x", { clusterId: "k" }),
      ],
      [link("a", "b"), link("b", "c"), link("q", "a")],
    );
    const request = layoutRequestFor(analysis, new Set(["a", "b", "q"]));
    expect(request.boxes.map((b) => b.id).sort()).toEqual(["a", "b"]);
    expect(request.links).toEqual([{ source: "a", target: "b" }]);
  });

  it("orders boxes left to right by their current position", () => {
    const analysis = makeAnalysis([
      at(factor("r"), 300),
      at(factor("l"), -50),
      at(factor("m"), 10),
    ]);
    expect(layoutRequestFor(analysis).boxes.map((b) => b.id)).toEqual(["l", "m", "r"]);
  });
});

describe("anchorPositions", () => {
  it("moves the bounding box's top-left onto the anchor, keeping relative positions", () => {
    const boxes = [box("a"), box("b")];
    const moved = anchorPositions({ a: { x: 12, y: 212 }, b: { x: 232, y: 12 } }, boxes, {
      x: 1000,
      y: -40,
    });
    expect(moved).toEqual({ a: { x: 1000, y: 160 }, b: { x: 1220, y: -40 } });
  });

  it("returns nothing for an empty layout", () => {
    expect(anchorPositions({}, [], { x: 5, y: 5 })).toEqual({});
  });

  it("anchors a layout where the boxes were before", () => {
    const analysis = makeAnalysis([
      at(factor("a"), 40, 300),
      at(factor("b"), 90, 120),
      at(factor("c"), -999),
    ]);
    const boxes = [box("a"), box("b")];
    expect(currentTopLeft(analysis, boxes)).toEqual({ x: 40, y: 120 });
    expect(currentTopLeft(analysis, [])).toBeNull();
  });
});

describe("consistentRoleBands", () => {
  const request = (boxes: LayoutBox[], links: [string, string][]): LayoutRequest => ({
    boxes,
    links: links.map(([source, target]) => ({ source, target })),
  });

  it("puts causes below the problem and symptoms above it, unrelated boxes too", () => {
    const bands = consistentRoleBands(
      request(
        [box("c", "cause"), box("p", "problem"), box("s", "symptom"), box("x")],
        [["c", "p"]],
      ),
    );
    expect(Object.fromEntries(bands)).toEqual({ c: 0, p: 1, s: 2 });
  });

  it("drops the role of a box whose links contradict it, and only that one", () => {
    // s is called a symptom but leads to a cause, and through it to the problem.
    const bands = consistentRoleBands(
      request(
        [box("s", "symptom"), box("c", "cause"), box("p", "problem"), box("s2", "symptom")],
        [
          ["s", "c"],
          ["c", "p"],
          ["p", "s2"],
        ],
      ),
    );
    expect(Object.fromEntries(bands)).toEqual({ c: 0, p: 1, s2: 2 });
  });

  it("sees contradictions through boxes without a role and through cycles", () => {
    const bands = consistentRoleBands(
      request(
        [box("p", "problem"), box("x"), box("c", "cause"), box("a", "cause"), box("b", "cause")],
        [
          ["p", "x"],
          ["x", "c"],
          ["a", "b"],
          ["b", "a"],
        ],
      ),
    );
    expect(bands.has("p") && bands.has("c")).toBe(false);
    expect(bands.get("a")).toBe(0);
    expect(bands.get("b")).toBe(0);
  });
});

// Meant for `// @vitest-environment node`, but tests/helpers/setupTests.ts touches HTMLElement
// unguarded, so this runs under jsdom for now; elkjs behaves the same in both.
import { beforeAll, describe, expect, it } from "vitest";
import type {
  LayoutBox,
  LayoutPositions,
  LayoutRequest,
} from "../../../domain/analysis/layoutGraph";
import { affordableBands, computeElkLayout, type ElkEngine, packInRows } from "./elkLayout";

let elk: ElkEngine;
beforeAll(async () => {
  const ELK = (await import("elkjs/lib/elk.bundled.js")).default;
  elk = new ELK();
});

function box(
  id: string,
  role: LayoutBox["role"] = null,
  kind: LayoutBox["kind"] = "factor",
): LayoutBox {
  return { id, width: 220, height: 80, role, kind };
}

function request(boxes: LayoutBox[], links: [string, string][]): LayoutRequest {
  return { boxes, links: links.map(([source, target]) => ({ source, target })) };
}

/** Screen coordinates: y grows downward, so "above" means a smaller bottom edge. */
function isAbove(positions: LayoutPositions, upper: string, lower: string): boolean {
  const u = positions[upper];
  const l = positions[lower];
  if (u === undefined || l === undefined) throw new Error(`no position for ${upper} or ${lower}`);
  return u.y + 80 <= l.y;
}

function overlaps(positions: LayoutPositions, boxes: readonly LayoutBox[]): boolean {
  return boxes.some((a, i) =>
    boxes.slice(i + 1).some((b) => {
      const pa = positions[a.id];
      const pb = positions[b.id];
      if (pa === undefined || pb === undefined) return false;
      return (
        pa.x < pb.x + b.width &&
        pb.x < pa.x + a.width &&
        pa.y < pb.y + b.height &&
        pb.y < pa.y + a.height
      );
    }),
  );
}

describe("computeElkLayout", () => {
  it("puts a cause below the problem below the symptom", async () => {
    const positions = await computeElkLayout(
      request(
        [box("s", "symptom"), box("c", "cause"), box("p", "problem")],
        [
          ["c", "p"],
          ["p", "s"],
        ],
      ),
      elk,
    );
    expect(isAbove(positions, "p", "c")).toBe(true);
    expect(isAbove(positions, "s", "p")).toBe(true);
  });

  it("follows the links when no box has a role", async () => {
    const positions = await computeElkLayout(
      request(
        [box("a"), box("b"), box("c")],
        [
          ["a", "b"],
          ["b", "c"],
        ],
      ),
      elk,
    );
    expect(isAbove(positions, "b", "a")).toBe(true);
    expect(isAbove(positions, "c", "b")).toBe(true);
  });

  it("puts two causes of one problem both below it, side by side", async () => {
    const boxes = [box("p", "problem"), box("c1", "cause"), box("c2", "cause")];
    const positions = await computeElkLayout(
      request(boxes, [
        ["c1", "p"],
        ["c2", "p"],
      ]),
      elk,
    );
    expect(isAbove(positions, "p", "c1")).toBe(true);
    expect(isAbove(positions, "p", "c2")).toBe(true);
    expect(overlaps(positions, boxes)).toBe(false);
  });

  it("places unlinked boxes in the band of their role", async () => {
    const positions = await computeElkLayout(
      request(
        [
          box("lone-symptom", "symptom"),
          box("lone-cause", "cause"),
          box("c", "cause"),
          box("p", "problem"),
        ],
        [["c", "p"]],
      ),
      elk,
    );
    expect(isAbove(positions, "lone-symptom", "p")).toBe(true);
    expect(isAbove(positions, "p", "lone-cause")).toBe(true);
  });

  it("lets the links win over a role that contradicts them", async () => {
    // "s" is labelled a symptom, yet leads to a cause: it goes below that cause.
    const positions = await computeElkLayout(
      request(
        [box("s", "symptom"), box("c", "cause"), box("p", "problem")],
        [
          ["s", "c"],
          ["c", "p"],
        ],
      ),
      elk,
    );
    expect(isAbove(positions, "c", "s")).toBe(true);
    expect(isAbove(positions, "p", "c")).toBe(true);
  });

  it("parks notes and unsorted boxes in a block beside the tree", async () => {
    const loose = Array.from({ length: 9 }, (_, i) => box(`n${i}`, null, "note"));
    const boxes = [box("c", "cause"), box("p", "problem"), ...loose];
    const positions = await computeElkLayout(request(boxes, [["c", "p"]]), elk);
    const treeRight = Math.max((positions.c?.x ?? 0) + 220, (positions.p?.x ?? 0) + 220);
    for (const b of loose) expect(positions[b.id]?.x).toBeGreaterThan(treeRight);
    const xs = loose.map((b) => positions[b.id]?.x ?? 0);
    const ys = loose.map((b) => positions[b.id]?.y ?? 0);
    const blockWidth = Math.max(...xs) - Math.min(...xs) + 200;
    const blockHeight = Math.max(...ys) - Math.min(...ys) + 100;
    expect(blockWidth / blockHeight).toBeGreaterThan(0.5);
    expect(blockWidth / blockHeight).toBeLessThan(2);
    expect(overlaps(positions, boxes)).toBe(false);
  });

  it("survives a cycle of causes", { timeout: 5000 }, async () => {
    const boxes = [box("a", "cause"), box("b", "problem"), box("c", "symptom"), box("d")];
    const positions = await computeElkLayout(
      request(boxes, [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
        ["c", "d"],
        ["d", "c"],
      ]),
      elk,
    );
    expect(Object.keys(positions).sort()).toEqual(["a", "b", "c", "d"]);
    expect(overlaps(positions, boxes)).toBe(false);
  });

  it("stays quick when many boxes claim the same role", { timeout: 20_000 }, async () => {
    const { boxes, links } = randomTree(300, 300, 11);
    const crowded = boxes.map((b, i) => ({
      ...b,
      role: i % 2 === 0 ? ("problem" as const) : ("cause" as const),
    }));
    const loose = [box("lone-symptom", "symptom"), box("lone-cause", "cause")];
    const positions = await computeElkLayout({ boxes: [...crowded, ...loose], links }, elk);
    expect(Object.keys(positions)).toHaveLength(302);
    expect(isAbove(positions, "lone-symptom", "lone-cause")).toBe(true);
  });

  it("lays out 200 boxes without error or overlap", { timeout: 20_000 }, async () => {
    const { boxes, links } = randomTree(200, 240, 7);
    const positions = await computeElkLayout({ boxes, links }, elk);
    expect(Object.keys(positions)).toHaveLength(200);
    expect(overlaps(positions, boxes)).toBe(false);
    // Generated links only go from lower to higher index, so there is no cycle to break: every
    // target sits above its source (isAbove throws for a box without a position).
    expect(links.filter((link) => !isAbove(positions, link.target, link.source))).toEqual([]);
  });

  it("returns nothing for an empty request", async () => {
    expect(await computeElkLayout({ boxes: [], links: [] }, elk)).toEqual({});
  });
});

describe("affordableBands", () => {
  const bandsOf = (counts: [number, number, number], prefix = "") =>
    new Map(
      counts.flatMap((count, band) =>
        Array.from({ length: count }, (_, i) => [`${prefix}${band}-${i}`, band] as const),
      ),
    );

  it("keeps every band while ELK's implied links stay few", () => {
    const bands = bandsOf([250, 3, 150]);
    expect(affordableBands(bands, new Set(bands.keys()))).toBe(bands);
  });

  it("keeps only unlinked boxes' bands when many boxes share the middle band", () => {
    const linkedBands = bandsOf([100, 100, 100]);
    const bands = new Map([...linkedBands, ...bandsOf([2, 0, 2], "loose")]);
    const kept = affordableBands(bands, new Set(linkedBands.keys()));
    expect([...kept.keys()].sort()).toEqual(["loose0-0", "loose0-1", "loose2-0", "loose2-1"]);
  });
});

describe("packInRows", () => {
  it("wraps into a roughly square block", () => {
    const boxes = Array.from({ length: 16 }, (_, i) => ({
      ...box(`b${i}`),
      width: 100,
      height: 100,
    }));
    const positions = packInRows(boxes, 0);
    expect(new Set(Object.values(positions).map((p) => p.y)).size).toBe(4);
  });
});

/** A deterministic acyclic graph: links only go from a lower to a higher index. */
function randomTree(count: number, linkCount: number, seed: number): LayoutRequest {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const roles = [null, "cause", "problem", "symptom"] as const;
  const boxes = Array.from({ length: count }, (_, i) => ({
    ...box(`n${i}`, roles[Math.floor(random() * 4)] ?? null),
    width: 180 + Math.floor(random() * 120),
    height: 60 + Math.floor(random() * 80),
  }));
  const seen = new Set<string>();
  const links: LayoutRequest["links"] = [];
  while (links.length < linkCount) {
    const a = Math.floor(random() * count);
    const b = Math.floor(random() * count);
    if (a === b) continue;
    const source = `n${Math.min(a, b)}`;
    const target = `n${Math.max(a, b)}`;
    if (seen.has(`${source}>${target}`)) continue;
    seen.add(`${source}>${target}`);
    links.push({ source, target });
  }
  return { boxes, links };
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAnalysis } from "../../../tests/helpers/layoutArbitraries";
import { arrangeTree } from "../layout/arrangeTree";
import { type Box, placedNodes } from "./geometry";
import { type Point, routeLink, segmentCrosses } from "./linkRoute";
import { createLinkRouter, routingBoxes } from "./linkRoutes";

const box = (x: number, y: number, width = 200, height = 100): Box => ({ x, y, width, height });

/** The runs of a route that are neither horizontal nor vertical. */
function slantedRuns(route: readonly Point[]): number {
  let slanted = 0;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1] as Point;
    const b = route[i] as Point;
    if (a.x !== b.x && a.y !== b.y) slanted++;
  }
  return slanted;
}

function crossings(route: readonly Point[], boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1] as Point;
    const b = route[i] as Point;
    count += boxes.filter((o) => segmentCrosses(a, b, o)).length;
  }
  return count;
}

describe("routeLink", () => {
  it("runs straight up from a cause to the effect right above it", () => {
    expect(routeLink(box(0, 300), box(0, 0), [])).toEqual([
      { x: 100, y: 300 },
      { x: 100, y: 100 },
    ]);
  });

  it("steps once between neighbouring ranks: up, across along the middle, up", () => {
    expect(routeLink(box(400, 300), box(0, 0), [])).toEqual([
      { x: 500, y: 300 },
      { x: 500, y: 200 },
      { x: 100, y: 200 },
      { x: 100, y: 100 },
    ]);
  });

  it("goes around a box that stands between cause and effect", () => {
    const between = box(0, 260);
    const route = routeLink(box(0, 520), box(0, 0), [between]);
    expect(route[0]).toEqual({ x: 100, y: 520 });
    expect(route.at(-1)).toEqual({ x: 100, y: 100 });
    expect(slantedRuns(route)).toBe(0);
    expect(crossings(route, [between])).toBe(0);
  });

  it("finds the gap in a full rank of boxes 40 px apart", () => {
    const rank = [-480, -240, 0, 240, 480].map((x) => box(x, 260));
    const route = routeLink(box(0, 520), box(0, 0), rank);
    expect(crossings(route, rank)).toBe(0);
    expect(slantedRuns(route)).toBe(0);
  });

  it("keeps a clear straight run when nothing is in the way", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 160, max: 2000 }),
        (dx, dy) => {
          const route = routeLink(box(dx, dy), box(0, 0), []);
          expect(slantedRuns(route)).toBe(0);
          expect(route.length).toBeLessThanOrEqual(4);
        },
      ),
    );
  });
});

describe("links after Boom ordenen", () => {
  it("route around every box that is not one of their ends, in right-angled runs", () => {
    fc.assert(
      fc.property(arbitraryAnalysis(40), (analysis) => {
        const arranged = arrangeTree(analysis);
        const placed = placedNodes(arranged);
        const routes = createLinkRouter()(arranged.edges, routingBoxes(placed));
        const boxes = new Map(placed.map((p) => [p.node.id, p]));
        const crossed: string[] = [];
        for (const edge of arranged.edges) {
          const route = routes.get(edge.id);
          if (!route) continue;
          const own = new Set([edge.source, edge.target]);
          for (const end of own) {
            const node = boxes.get(end)?.node;
            if (node?.kind === "quote" && node.clusterId) own.add(node.clusterId);
          }
          const others = placed
            .filter((p) => !own.has(p.node.id))
            .filter((p) => !(p.node.kind === "quote" && p.node.clusterId))
            .map((p) => p.box);
          expect(slantedRuns(route)).toBe(0);
          if (crossings(route, others) > 0) crossed.push(edge.id);
        }
        expect(crossed).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

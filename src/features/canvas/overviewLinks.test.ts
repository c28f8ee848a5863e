import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "../../domain/analysis/analysis";
import { type Point, segmentCrosses } from "../../domain/analysis/linkRoute";
import { createLinkRouter, routingBoxes } from "../../domain/analysis/linkRoutes";
import { setCollapsed } from "../../domain/analysis/operations";
import { arrowHead, linkPath, type OverviewLink, overviewLinks } from "./overviewLinks";
import { cardsDrawnByClusters } from "./toFlow";
import { drawnBoard } from "./toFlowEdges";

const at = (x: number, y: number) => ({ x, y });
const NO_ROUTES = new Map<string, Point[]>();

/** The overview's links as the canvas computes them, zoomed far out, before or after routing. */
function linksOf(analysis: Analysis, routed = false): OverviewLink[] {
  const drawnCards = new Set([...cardsDrawnByClusters(analysis).values()].flat().map((c) => c.id));
  const board = drawnBoard(analysis, drawnCards);
  const routes = routed
    ? createLinkRouter()([...board.links, ...board.overview], routingBoxes(board.placed))
    : NO_ROUTES;
  return overviewLinks(board, routes);
}

const numbersIn = (path: string) => path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];

describe("overviewLinks", () => {
  const board = makeAnalysis(
    [
      { ...cluster("k"), position: at(1000, 1000) },
      { ...quoteCard("in", "q1", { clusterId: "k" }), position: at(16, 56) },
      { ...cluster("shut"), position: at(0, 0) },
      { ...quoteCard("other", "q2", { clusterId: "shut" }), position: at(16, 56) },
      { ...factor("f"), position: at(1100, 0) },
    ],
    [link("in", "f"), link("f", "k"), link("in", "other", "relates")],
  );

  it("draws only the links that end at a card its cluster draws, from the card's place", () => {
    const [toFactor, toOther, ...rest] = linksOf(board);
    expect(rest).toEqual([]);
    expect(toFactor).toMatchObject({ id: board.edges[0]?.id, kind: "causes" });
    // Before its route arrives: from the top middle of the card (260 × 136) up to the bottom
    // middle of the factor above it, in one step.
    expect(toFactor?.points[0]).toEqual(at(1000 + 16 + 130, 1000 + 56));
    expect(toFactor?.points.at(-1)?.x).toBeCloseTo(1100 + 110);
    expect(toFactor?.points).toHaveLength(4);
    expect(toOther?.kind).toBe("relates");
  });

  it("ends a link at a collapsed cluster in place of the card hidden inside it", () => {
    const links = linksOf(setCollapsed(board, "shut", true));
    const toOther = links.find((l) => l.kind === "relates");
    const end = toOther?.points.at(-1);
    // The collapsed cluster's default box (as toFlow sizes it) is at 0,0.
    expect(end?.y).toBeGreaterThan(0);
    expect(end?.x).toBeLessThan(300);
  });

  it("follows the link's route around a box in the way, like every other link", () => {
    const blocked = makeAnalysis(
      [
        { ...cluster("k"), position: at(0, 1000) },
        { ...quoteCard("in", "q1", { clusterId: "k" }), position: at(16, 56) },
        { ...factor("f"), position: at(40, 0) },
        // Right between the card and the factor it causes.
        { ...factor("wall"), position: at(40, 500) },
      ],
      [link("in", "f")],
    );
    const wall = drawnBoard(blocked).placed.find((p) => p.node.id === "wall")?.box;
    if (!wall) throw new Error("the wall should be drawn");
    const [straight] = linksOf(blocked);
    const [routed] = linksOf(blocked, true);
    const crossesWall = (points: readonly Point[] = []) =>
      points.some((p, i) => i > 0 && segmentCrosses(points[i - 1] as Point, p, wall));
    expect(crossesWall(straight?.points)).toBe(true);
    expect(routed?.points.length).toBeGreaterThan(1);
    expect(crossesWall(routed?.points)).toBe(false);
  });

  it("keeps every link and its arrowhead inside the bounds used to leave links out of view", () => {
    const point = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
    });
    fc.assert(
      fc.property(point, point, fc.boolean(), (from, to, routed) => {
        const analysis = makeAnalysis(
          [
            { ...cluster("a"), position: from },
            quoteCard("card", "q1", { clusterId: "a" }),
            { ...factor("b"), position: to },
          ],
          [link("card", "b")],
        );
        const [drawn] = linksOf(analysis, routed);
        if (!drawn) return false;
        const { x, y, width, height } = drawn.bounds;
        const numbers = numbersIn(linkPath(drawn));
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const [px, py] = [numbers[i] as number, numbers[i + 1] as number];
          if (px < x - 0.5 || px > x + width + 0.5 || py < y - 0.5 || py > y + height + 0.5)
            return false;
        }
        // The arrowhead's tip is the link's end.
        const [tipX, tipY] = numbersIn(arrowHead(drawn));
        const end = drawn.points.at(-1);
        return tipX === end?.x && tipY === end?.y;
      }),
    );
  });
});

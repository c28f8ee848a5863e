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
import { setCollapsed } from "../../domain/analysis/operations";
import { linkPath, type OverviewLink, overviewLinks } from "./overviewLinks";
import { cardsDrawnByClusters } from "./toFlow";

const at = (x: number, y: number) => ({ x, y });

/** The overview's links as the canvas computes them, zoomed far out. */
function linksOf(analysis: Analysis): OverviewLink[] {
  const drawnCards = new Set([...cardsDrawnByClusters(analysis).values()].flat().map((c) => c.id));
  return overviewLinks(analysis, new Map(), drawnCards);
}

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
    // From the top middle of the card (260 × 136) to the bottom middle of the factor.
    expect(toFactor).toMatchObject({ id: board.edges[0]?.id, kind: "causes" });
    expect(toFactor?.from).toEqual(at(1000 + 16 + 130, 1000 + 56));
    expect(toFactor?.to.x).toBeCloseTo(1100 + 110);
    expect(toOther?.kind).toBe("relates");
  });

  it("ends a link at a collapsed cluster in place of the card hidden inside it", () => {
    const links = linksOf(setCollapsed(board, "shut", true));
    const toOther = links.find((l) => l.kind === "relates");
    // The collapsed cluster's default box (as toFlow sizes it) is at 0,0.
    expect(toOther?.to.y).toBeGreaterThan(0);
    expect(toOther?.to.x).toBeLessThan(300);
  });

  it("keeps every curve inside the bounds used to leave links out of view", () => {
    const point = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
    });
    fc.assert(
      fc.property(point, point, (from, to) => {
        const analysis = makeAnalysis(
          [
            { ...cluster("a"), position: from },
            quoteCard("card", "q1", { clusterId: "a" }),
            { ...factor("b"), position: to },
          ],
          [link("card", "b")],
        );
        const [drawn] = linksOf(analysis);
        if (!drawn) return false;
        const numbers =
          linkPath(drawn)
            .match(/-?\d+(\.\d+)?(e-?\d+)?/g)
            ?.map(Number) ?? [];
        const { x, y, width, height } = drawn.bounds;
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const [px, py] = [numbers[i] as number, numbers[i + 1] as number];
          if (px < x - 0.5 || px > x + width + 0.5 || py < y - 0.5 || py > y + height + 0.5)
            return false;
        }
        return true;
      }),
    );
  });
});

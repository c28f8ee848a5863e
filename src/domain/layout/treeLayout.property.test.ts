import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arbitraryAnalysis,
  cardsOutside,
  crowdedPairs,
  linksNotUpward,
} from "../../../tests/helpers/layoutArbitraries";
import { arrangeTree } from "./arrangeTree";
import { topLevelBoxes } from "./freeSpot";

/** The least room between any two boxes after a layout (the layout keeps more). */
const MIN_GAP = 20;

describe("arrangeTree (Boom ordenen)", () => {
  it("leaves no two top-level boxes close, every card in its cluster, causes pointing up", () => {
    fc.assert(
      fc.property(arbitraryAnalysis(), (analysis) => {
        const arranged = arrangeTree(analysis);
        expect(crowdedPairs(topLevelBoxes(arranged), MIN_GAP)).toEqual([]);
        expect(cardsOutside(arranged)).toEqual([]);
        expect(linksNotUpward(arranged)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it("gives the same result for the same input", () => {
    fc.assert(
      fc.property(arbitraryAnalysis(30), (analysis) => {
        expect(arrangeTree(analysis)).toEqual(arrangeTree(structuredClone(analysis)));
      }),
      { numRuns: 10 },
    );
  });
});

describe("arrangeTree on a selection (Selectie ordenen)", () => {
  it("keeps the selected boxes apart from each other and from the rest", () => {
    fc.assert(
      fc.property(
        arbitraryAnalysis(40),
        fc.array(fc.nat(), { minLength: 2, maxLength: 30 }),
        (analysis, picks) => {
          // Start from a board without overlap, as a layout leaves it.
          const board = arrangeTree(analysis);
          const tops = topLevelBoxes(board);
          const chosen = new Set(picks.map((i) => (tops[i % tops.length] as { id: string }).id));
          const arranged = arrangeTree(board, chosen);
          expect(crowdedPairs(topLevelBoxes(arranged), MIN_GAP)).toEqual([]);
          expect(cardsOutside(arranged)).toEqual([]);
          expect(linksNotUpward(arranged, chosen)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});

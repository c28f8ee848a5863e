import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { crowdedPairs } from "../../../tests/helpers/layoutArbitraries";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { Analysis } from "../analysis/analysis";
import { countingIds } from "../analysis/ids";
import {
  addFactor,
  addNote,
  copyFragment,
  freeSpotNear,
  groupIntoCluster,
  pasteFragment,
  placeQuotes,
} from "../analysis/operations";
import { FACTOR_SIZE, NOTE_SIZE } from "./boxSizes";
import { moveOffOthers } from "./clusterGrid";
import { topLevelBoxes } from "./freeSpot";

const point = fc.record({
  x: fc.integer({ min: -1500, max: 1500 }),
  y: fc.integer({ min: -1500, max: 1500 }),
});
const action = fc.oneof(
  fc.record({ kind: fc.constant("quote" as const), at: point }),
  fc.record({ kind: fc.constant("factor" as const), at: point }),
  fc.record({ kind: fc.constant("note" as const), at: point }),
  fc.record({
    kind: fc.constant("paste" as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("group" as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  }),
);

describe("placement", () => {
  it("200 place, factor, note, paste and group actions never make two boxes overlap", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 200, maxLength: 200 }), (actions) => {
        const ids = countingIds();
        let analysis: Analysis = makeAnalysis();
        let quotes = 0;
        for (const step of actions) {
          const pick = (picks: number[], kind?: string) => {
            const nodes = analysis.nodes.filter((n) => kind === undefined || n.kind === kind);
            return nodes.length === 0
              ? []
              : picks.map((i) => (nodes[i % nodes.length] as { id: string }).id);
          };
          if (step.kind === "quote") {
            const quote = makeQuote({ id: `q${quotes++}` });
            analysis = placeQuotes(analysis, [quote], "seed", step.at, ids).analysis;
          } else if (step.kind === "factor") {
            const position = freeSpotNear(analysis, step.at, FACTOR_SIZE);
            analysis = addFactor(analysis, { label: "", role: null, position }, ids).analysis;
          } else if (step.kind === "note") {
            const position = freeSpotNear(analysis, step.at, NOTE_SIZE);
            analysis = addNote(analysis, { text: "", position }, ids).analysis;
          } else if (step.kind === "paste") {
            const chosen = pick(step.picks);
            if (chosen.length === 0) continue;
            const pasted = pasteFragment(
              analysis,
              copyFragment(analysis, chosen),
              { x: 40, y: 40 },
              ids,
            );
            analysis = moveOffOthers(pasted.analysis, pasted.nodeIds);
          } else {
            analysis = groupIntoCluster(analysis, pick(step.picks, "quote"), "K", ids).analysis;
          }
          expect(crowdedPairs(topLevelBoxes(analysis), 0)).toEqual([]);
        }
      }),
      { numRuns: 4 },
    );
    // 800 operations on boards of up to a few hundred boxes: seconds on a busy machine.
  }, 20_000);
});

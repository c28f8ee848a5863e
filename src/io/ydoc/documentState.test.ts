import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { fixturesOfVersion } from "../../../tests/helpers/versionFixtures";
import { ANALYSIS_SCHEMA_VERSION } from "../../domain/analysis/analysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { setLabel } from "../../domain/analysis/operations";
import { changeUpdate, compactUpdates, readMerged, stateOfAnalysis } from "./documentState";

describe("an analysis's first Yjs update, made when it is first opened", () => {
  it("holds the same analysis, for a stored document of every schema version", () => {
    for (let version = 1; version <= ANALYSIS_SCHEMA_VERSION; version++) {
      const fixtures = fixturesOfVersion("analysis", version);
      expect(fixtures.length, `tests/fixtures/analysis/v${version}-*.json`).toBeGreaterThan(0);
      for (const [name, fixture] of fixtures) {
        const read = readAnalysis(fixture);
        if (!read.ok) throw new Error(`${name} does not read`);
        expect(readMerged([stateOfAnalysis(read.value)], []), name).toEqual({
          ok: true,
          value: read.value,
        });
      }
    }
  });

  it("takes changes made outside a tab, merged in any order, and compacts to the same document", () => {
    const start = makeAnalysis([factor("a", null, "A"), factor("b", null, "B")]);
    const first = stateOfAnalysis(start);
    const left = changeUpdate([first], setLabel(start, "a", "links"));
    const right = changeUpdate([first], setLabel(start, "b", "rechts"));
    const labels = (read: ReturnType<typeof readMerged>) =>
      read.ok ? read.value.nodes.map((n) => ("label" in n ? n.label : n.id)) : read;
    expect(labels(readMerged([first], [left, right]))).toEqual(["links", "rechts"]);
    expect(labels(readMerged([first], [right, left]))).toEqual(["links", "rechts"]);
    expect(labels(readMerged([compactUpdates([first, left, right])], []))).toEqual([
      "links",
      "rechts",
    ]);
  });
});

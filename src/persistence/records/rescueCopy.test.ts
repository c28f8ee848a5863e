import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { fixturesOfVersion } from "../../../tests/helpers/versionFixtures";
import { olderVersions } from "../../domain/versioned";
import {
  RESCUE_COPY_STEPS,
  RESCUE_COPY_VERSION,
  readRescueCopyText,
  writeRescueCopyText,
} from "./rescueCopy";

describe("rescue copy format", () => {
  it("has a step and a fixture for every version before the current one, and each reads", () => {
    for (const version of olderVersions({ current: RESCUE_COPY_VERSION })) {
      expect(RESCUE_COPY_STEPS[version], `step from version ${version}`).toBeTypeOf("function");
      const fixtures = fixturesOfVersion("rescue", version);
      expect(fixtures.length, `tests/fixtures/rescue/v${version}-*.json`).toBeGreaterThan(0);
      for (const [name, fixture] of fixtures)
        expect(readRescueCopyText(JSON.stringify(fixture)), name).not.toBeNull();
    }
  });

  it("opens a version 1 copy (the bare document) as a copy without a base", () => {
    const [[, v1] = []] = fixturesOfVersion("rescue", 1);
    const copy = readRescueCopyText(JSON.stringify(v1));
    expect(copy?.analysis.title).toBe("Mensenhandel: werksessie maart");
    expect(copy?.analysis.votingRounds).toEqual([]);
    expect(copy?.base).toBeNull();
  });

  it("opens a copy written before copies carried a version, with its base", () => {
    const [[, v2] = []] = fixturesOfVersion("rescue", 2);
    const copy = readRescueCopyText(JSON.stringify(v2));
    expect(copy?.analysis.title).toBe("Mensenhandel: werksessie maart (na de pauze)");
    expect(copy?.base?.title).toBe("Mensenhandel: werksessie maart");
  });

  it("writes today's version and reads it back unchanged", () => {
    const analysis = makeAnalysis([factor("f", "cause", "Oorzaak")]);
    const base = makeAnalysis();
    const text = writeRescueCopyText({ analysis, base });
    expect(JSON.parse(text)).toMatchObject({ version: RESCUE_COPY_VERSION });
    expect(readRescueCopyText(text)).toEqual({ analysis, base });
  });

  it("refuses a copy from a newer Ontrafel, broken text and a broken document", () => {
    const analysis = makeAnalysis();
    const future = JSON.stringify({ version: RESCUE_COPY_VERSION + 1, analysis, base: null });
    expect(readRescueCopyText(future)).toBeNull();
    expect(readRescueCopyText("{not json")).toBeNull();
    expect(readRescueCopyText(JSON.stringify({ analysis: { ...analysis, nodes: 3 } }))).toBeNull();
  });

  it("keeps the copy when only its base does not read", () => {
    const analysis = makeAnalysis([factor("f")]);
    const text = JSON.stringify({ version: 2, analysis, base: { nonsense: true } });
    expect(readRescueCopyText(text)).toEqual({ analysis, base: null });
  });
});

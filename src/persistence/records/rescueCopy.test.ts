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
    expect(copy?.update).toBeNull();
  });

  it("opens a copy written before copies carried a version; its base goes (Yjs merges now)", () => {
    const [[, v2] = []] = fixturesOfVersion("rescue", 2);
    const copy = readRescueCopyText(JSON.stringify(v2));
    expect(copy?.analysis.title).toBe("Mensenhandel: werksessie maart (na de pauze)");
    expect(copy).not.toHaveProperty("base");
    expect(copy?.update).toBeNull();
  });

  it("writes today's version and reads it back unchanged, update bytes included", () => {
    const analysis = makeAnalysis([factor("f", "cause", "Oorzaak")]);
    // Every byte value, and more than one chunk of the encoder.
    const update = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const text = writeRescueCopyText({ analysis, update });
    expect(JSON.parse(text)).toMatchObject({ version: RESCUE_COPY_VERSION });
    const read = readRescueCopyText(text);
    expect(read?.analysis).toEqual(analysis);
    expect(Array.from(read?.update ?? [])).toEqual(Array.from(update));
    expect(readRescueCopyText(writeRescueCopyText({ analysis, update: null }))).toEqual({
      analysis,
      update: null,
    });
  });

  it("refuses a copy from a newer Ontrafel, broken text and a broken document", () => {
    const analysis = makeAnalysis();
    const future = JSON.stringify({ version: RESCUE_COPY_VERSION + 1, analysis, update: null });
    expect(readRescueCopyText(future)).toBeNull();
    expect(readRescueCopyText("{not json")).toBeNull();
    expect(readRescueCopyText(JSON.stringify({ analysis: { ...analysis, nodes: 3 } }))).toBeNull();
  });

  it("keeps the copy when only its update does not decode", () => {
    const analysis = makeAnalysis([factor("f")]);
    const text = JSON.stringify({ version: 3, analysis, update: "%%% geen base64" });
    expect(readRescueCopyText(text)).toEqual({ analysis, update: null });
  });
});

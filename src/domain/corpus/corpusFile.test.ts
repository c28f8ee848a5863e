import { describe, expect, it } from "vitest";
import { fixturesOfVersion } from "../../../tests/helpers/versionFixtures";
import { olderVersions } from "../versioned";
import { CORPUS_FILE_STEPS, CORPUS_FORMAT_VERSION, readCorpusFile } from "./corpusFile";
import { parseCorpusJson } from "./import/corpusJson";

describe("corpus file versions", () => {
  it("has a step and a fixture for every version before the current one, and each reads", () => {
    for (const version of olderVersions({ current: CORPUS_FORMAT_VERSION })) {
      expect(CORPUS_FILE_STEPS[version], `step from version ${version}`).toBeTypeOf("function");
      const fixtures = fixturesOfVersion("corpus-file", version);
      expect(fixtures.length, `tests/fixtures/corpus-file/v${version}-*.json`).toBeGreaterThan(0);
      for (const [name, fixture] of fixtures)
        expect(readCorpusFile(fixture), name).toMatchObject({ ok: true });
    }
  });

  it("reads every fixture of the current version", () => {
    const fixtures = fixturesOfVersion("corpus-file", CORPUS_FORMAT_VERSION);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const [name, fixture] of fixtures)
      expect(readCorpusFile(fixture), name).toMatchObject({ ok: true });
  });

  it("opens an exported version 1 file with its names, places and ids", () => {
    const [, exported] =
      fixturesOfVersion("corpus-file", 1).find(([n]) => n.includes("exported")) ?? [];
    const result = parseCorpusJson(JSON.stringify(exported), "raadpleging.json");
    expect(result).toMatchObject({ ok: true, value: { name: "Raadpleging april" } });
    expect(result.ok && result.value.quotes.map((q) => [q.id, q.section, q.page])).toEqual([
      ["u_zorg", "2.1", null],
      ["u_kennis", "2.2", 4],
    ]);
  });

  it("refuses a file from a newer Ontrafel, saying which version, and stores nothing", () => {
    const [[, v1] = []] = fixturesOfVersion("corpus-file", 1);
    const future = { ...(v1 as object), version: 2 };
    expect(parseCorpusJson(JSON.stringify(future), "nieuw.json")).toEqual({
      ok: false,
      error: { kind: "tooNew", version: 2 },
    });
  });

  it("names a version that never existed as an invalid value", () => {
    const [[, v1] = []] = fixturesOfVersion("corpus-file", 1);
    expect(
      parseCorpusJson(JSON.stringify({ ...(v1 as object), version: 0 }), "x.json"),
    ).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "version" },
    });
  });
});

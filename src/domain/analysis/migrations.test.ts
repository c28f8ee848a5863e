import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factor, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { ANALYSIS_SCHEMA_VERSION } from "./analysis";
import { MIGRATIONS, readAnalysis } from "./migrations";

const FIXTURES = join(import.meta.dirname, "../../../tests/fixtures/analysis");

/**
 * Since version 5 every voting round has participants' own dots, and since version 6 an analysis
 * has quotes marked as covered: none in older data.
 */
const withBallots = (data: unknown) => {
  const old = data as { votingRounds: object[] };
  return {
    ...old,
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    votingRounds: old.votingRounds.map((round) => ({ ...round, ballots: {} })),
    coveredQuotes: {},
  };
};

/** Analyses as earlier versions of Ontrafel stored them: tests/fixtures/analysis/v<n>-*.json. */
function fixturesOfVersion(version: number): unknown[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(`v${version}-`) && name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as unknown);
}

describe("readAnalysis", () => {
  it("accepts a current analysis unchanged", () => {
    const analysis = makeAnalysis([factor("f"), quoteCard("c", "q1")]);
    expect(readAnalysis(JSON.parse(JSON.stringify(analysis)))).toEqual({
      ok: true,
      value: analysis,
    });
  });

  it("refuses data from a newer version", () => {
    const future = { ...makeAnalysis(), schemaVersion: ANALYSIS_SCHEMA_VERSION + 1 };
    expect(readAnalysis(future)).toEqual({
      ok: false,
      error: { kind: "tooNew", version: ANALYSIS_SCHEMA_VERSION + 1 },
    });
  });

  it("says where invalid data is wrong", () => {
    const broken = { ...makeAnalysis([factor("f")]), nodes: [{ ...factor("f"), role: "villain" }] };
    const result = readAnalysis(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: "invalid", path: "$.nodes[0].role" });
  });

  it("rejects what is not an analysis at all, and unknown extra fields", () => {
    expect(readAnalysis("hello")).toEqual({ ok: false, error: { kind: "notAnAnalysis" } });
    expect(readAnalysis([1, 2])).toEqual({ ok: false, error: { kind: "notAnAnalysis" } });
    expect(readAnalysis({ ...makeAnalysis(), selected: true }).ok).toBe(false);
  });
});

describe("version 5", () => {
  it("opens each participant's own dots as written", () => {
    const [v5] = fixturesOfVersion(5);
    const result = readAnalysis(v5);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // 5 → 6: no quote was marked as covered yet.
    expect(result.value).toEqual({ ...(v5 as object), schemaVersion: 6, coveredQuotes: {} });
    expect(result.value.votingRounds[1]?.ballots).toEqual({
      "deelnemer-anna": { factor_kern: 2 },
      "deelnemer-bram": { factor_kern: 1, cluster_signalen: 1 },
    });
  });

  it("refuses a ballot with a dot count that is no positive whole number", () => {
    const [v5] = fixturesOfVersion(5) as { votingRounds: { ballots: object }[] }[];
    if (!v5) throw new Error("no version 5 fixture");
    const rounds = v5.votingRounds.map((round) => ({
      ...round,
      ballots: { x: { factor_kern: 0 } },
    }));
    expect(readAnalysis({ ...v5, votingRounds: rounds }).ok).toBe(false);
  });
});

describe("version 6", () => {
  it("opens a version 6 analysis with its covered quotes as written", () => {
    const [v6] = fixturesOfVersion(6);
    const result = readAnalysis(v6);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toEqual(v6);
    expect(result.value.coveredQuotes).toEqual({ "q-2-11-0007": "q-2-11-0003" });
  });

  it("refuses a covered quote without the quote that covers it", () => {
    const [v6] = fixturesOfVersion(6) as object[];
    expect(readAnalysis({ ...v6, coveredQuotes: { "q-2-11-0007": "" } }).ok).toBe(false);
    expect(readAnalysis({ ...v6, coveredQuotes: { "q-2-11-0007": null } }).ok).toBe(false);
    const { coveredQuotes: _, ...without } = v6 as { coveredQuotes: unknown };
    expect(readAnalysis(without).ok).toBe(false);
  });
});

describe("migrations", () => {
  it("has a step and a stored fixture for every version before the current one", () => {
    for (let version = 1; version < ANALYSIS_SCHEMA_VERSION; version++) {
      expect(MIGRATIONS[version], `step from version ${version}`).toBeTypeOf("function");
      expect(fixturesOfVersion(version).length, `fixture of version ${version}`).toBeGreaterThan(0);
      for (const fixture of fixturesOfVersion(version)) expect(readAnalysis(fixture).ok).toBe(true);
    }
  });

  it("opens a version 1 analysis with everything in it and no voting rounds yet", () => {
    const [v1] = fixturesOfVersion(1);
    const result = readAnalysis(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { value: analysis } = result;
    expect(analysis.schemaVersion).toBe(ANALYSIS_SCHEMA_VERSION);
    expect(analysis.title).toBe("Mensenhandel: werksessie maart");
    expect(analysis.nodes.map((n) => n.id)).toEqual([
      "cluster_signalen",
      "quote_a",
      "factor_kern",
      "factor_gevolg",
      "note_1",
    ]);
    expect(analysis.nodes[1]).toMatchObject({
      clusterId: "cluster_signalen",
      snapshot: { section: "2.11", page: 41 },
    });
    expect(analysis.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ["cluster_signalen", "factor_kern", ""],
      ["factor_kern", "factor_gevolg", "op termijn"],
    ]);
    expect(analysis.viewport).toEqual({ x: -40, y: 60, zoom: 0.8 });
    expect(analysis.votingRounds).toEqual([]);
  });

  it("opens a version 2 analysis unchanged but for its version number", () => {
    const [v2] = fixturesOfVersion(2);
    const result = readAnalysis(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toEqual(withBallots(v2));
    expect(result.value.votingRounds[0]?.votes).toEqual({ factor_kern: 5, cluster_signalen: 2 });
  });

  it("opens a version 3 analysis unchanged but for its version number, with no goal tree", () => {
    const [v3] = fixturesOfVersion(3);
    const result = readAnalysis(v3);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toEqual(withBallots(v3));
    expect(result.value.goalTree).toBeUndefined();
    expect(result.value.nodes.find((n) => n.kind === "note")).toMatchObject({
      reference: { type: "link", url: "https://example.org/verslag" },
    });
  });

  it("opens a version 4 analysis with its goal tree and action plan as written", () => {
    const [v4] = fixturesOfVersion(4) as { votingRounds: object[] }[];
    if (!v4) throw new Error("no version 4 fixture");
    const result = readAnalysis(v4);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // 4 → 5: a round's dots were all given for the room; no participant has dots of their own.
    expect(result.value).toEqual(withBallots(v4));
    expect(result.value.goalTree?.goals.map((g) => [g.sourceId, g.status])).toEqual([
      ["cluster_signalen", "herschreven"],
      ["factor_kern", "overgenomen"],
      ["factor_gevolg", "geschrapt"],
      [null, "toegevoegd"],
    ]);
    expect(result.value.goalTree?.actions[0]).toMatchObject({
      owner: "Gemeente",
      indicator: { baseline: "12", target: "40" },
    });
  });

  it("refuses a goal tree with an unknown goal status", () => {
    const [v4] = fixturesOfVersion(4) as { goalTree: { goals: object[] } }[];
    if (!v4) throw new Error("no version 4 fixture");
    const goals = v4.goalTree.goals.map((g, i) => (i === 0 ? { ...g, status: "vergeten" } : g));
    const result = readAnalysis({ ...v4, goalTree: { ...v4.goalTree, goals } });
    expect(!result.ok && result.error).toMatchObject({
      kind: "invalid",
      path: "$.goalTree.goals[0].status",
    });
  });

  it("refuses current data that lacks its voting rounds", () => {
    const { votingRounds: _, ...withoutRounds } = makeAnalysis([factor("f")]);
    const result = readAnalysis(withoutRounds);
    expect(!result.ok && result.error).toMatchObject({ kind: "invalid", path: "$.votingRounds" });
  });
});

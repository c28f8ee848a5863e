import { describe, expect, it } from "vitest";
import { factor, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { ANALYSIS_SCHEMA_VERSION } from "./analysis";
import { readAnalysis } from "./migrations";

describe("readAnalysis", () => {
  it("accepts a current analysis unchanged", () => {
    const analysis = makeAnalysis([factor("f"), quoteCard("c", "q1")]);
    expect(readAnalysis(JSON.parse(JSON.stringify(analysis)))).toEqual({ ok: true, analysis });
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

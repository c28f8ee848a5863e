import { firstSchemaProblem, type SchemaIssue } from "../schemaIssue";
import { ANALYSIS_SCHEMA_VERSION, type Analysis, analysisSchema } from "./analysis";

export type AnalysisReadError =
  | { kind: "notAnAnalysis" }
  | { kind: "tooNew"; version: number }
  | { kind: "invalid"; path: string; issue: SchemaIssue };

export type AnalysisReadResult =
  | { ok: true; analysis: Analysis }
  | { ok: false; error: AnalysisReadError };

/**
 * One step per schema version: `MIGRATIONS[n]` turns version n data into version n + 1.
 * Each step is a pure function with a fixture of version n data and a test.
 */
export const MIGRATIONS: Record<
  number,
  (data: Record<string, unknown>) => Record<string, unknown>
> = {
  // 1 → 2: workshops keep dot-voting rounds in the analysis; older analyses had none.
  1: (data) => ({ ...data, votingRounds: [] }),
  // 2 → 3: only optional fields were added (JSON Canvas interop); the number marks data an
  // older Ontrafel must not change.
  2: (data) => data,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads stored or imported analysis data: checks it is an analysis, refuses data from a newer
 * Ontrafel, migrates older versions step by step, then validates strictly.
 */
export function readAnalysis(raw: unknown): AnalysisReadResult {
  if (!isRecord(raw) || typeof raw.schemaVersion !== "number") {
    return { ok: false, error: { kind: "notAnAnalysis" } };
  }
  let data = raw;
  let version = raw.schemaVersion;
  if (version > ANALYSIS_SCHEMA_VERSION) return { ok: false, error: { kind: "tooNew", version } };
  while (version < ANALYSIS_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step)
      return {
        ok: false,
        error: { kind: "invalid", path: "$.schemaVersion", issue: { kind: "value" } },
      };
    data = { ...step(data), schemaVersion: version + 1 };
    version++;
  }
  const result = analysisSchema.safeParse(data);
  if (!result.success)
    return { ok: false, error: { kind: "invalid", ...firstSchemaProblem(result.error) } };
  return { ok: true, analysis: result.data };
}

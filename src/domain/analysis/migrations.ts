import { fail, ok, type Result } from "../result";
import { firstSchemaProblem, type SchemaIssue } from "../schemaIssue";
import { isRecord, type MigrationSteps, migrate } from "../versioned";
import { ANALYSIS_SCHEMA_VERSION, type Analysis, analysisSchema } from "./analysis";

export type AnalysisReadError =
  | { kind: "notAnAnalysis" }
  | { kind: "tooNew"; version: number }
  | { kind: "invalid"; path: string; issue: SchemaIssue };

export type AnalysisReadResult = Result<Analysis, AnalysisReadError>;

/**
 * One step per schema version: `MIGRATIONS[n]` turns version n data into version n + 1.
 * Each step is a pure function with a fixture of version n data and a test.
 */
export const MIGRATIONS: MigrationSteps = {
  // 1 → 2: workshops keep dot-voting rounds in the analysis; older analyses had none.
  1: (data) => ({ ...data, votingRounds: [] }),
  // 2 → 3: only optional fields were added (JSON Canvas interop); the number marks data an
  // older Ontrafel must not change.
  2: (data) => data,
  // 3 → 4: the goal tree is optional and absent until made, so version 3 data opens as it is;
  // the number keeps an older Ontrafel from dropping a goal tree it does not know.
  3: (data) => data,
  // 4 → 5: participants vote from their own devices, each with their own dots (`ballots`);
  // an older round's dots were all given for the room.
  4: (data) => ({
    ...data,
    votingRounds: Array.isArray(data.votingRounds)
      ? data.votingRounds.map((round) => (isRecord(round) ? { ...round, ballots: {} } : round))
      : data.votingRounds,
  }),
  // 5 → 6: near-identical quotes can be marked as covered by one on the canvas; none were.
  5: (data) => ({ ...data, coveredQuotes: {} }),
};

/**
 * Reads stored or imported analysis data: checks it is an analysis, refuses data from a newer
 * Ontrafel, migrates older versions step by step, then validates strictly.
 */
export function readAnalysis(raw: unknown): AnalysisReadResult {
  if (!isRecord(raw) || typeof raw.schemaVersion !== "number")
    return fail({ kind: "notAnAnalysis" });
  const migrated = migrate(raw, raw.schemaVersion, {
    current: ANALYSIS_SCHEMA_VERSION,
    steps: MIGRATIONS,
    field: "schemaVersion",
  });
  if (!migrated.ok) {
    return migrated.error.kind === "tooNew"
      ? fail(migrated.error)
      : fail({ kind: "invalid", path: "$.schemaVersion", issue: { kind: "value" } });
  }
  const result = analysisSchema.safeParse(migrated.value);
  if (!result.success) return fail({ kind: "invalid", ...firstSchemaProblem(result.error) });
  return ok(result.data);
}

import { z } from "zod";
import type { Analysis } from "../../domain/analysis/analysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { isRecord, type MigrationSteps, migrate } from "../../domain/versioned";

/**
 * The rescue copy an unloading page leaves in localStorage (app/rescue.ts writes and finds
 * them): the analysis as it was, and the stored version it was built on (its base), so start-up
 * can merge it with what another tab stored meanwhile.
 *
 * Version 1: the bare analysis document. Version 2: `{ analysis, base }`, from the first
 * copies with a base on without a version field, and `{ version: 2, analysis, base }` since.
 */
export const RESCUE_COPY_VERSION = 2;

export const RESCUE_COPY_STEPS: MigrationSteps = {
  // 1 → 2: a bare document becomes a copy without a known base.
  1: (document) => ({ analysis: document, base: null }),
};

const rescueCopySchema = z.object({ analysis: z.unknown(), base: z.unknown().nullable() });

export interface RescueCopy {
  analysis: Analysis;
  /** The stored version the copy was built on, when known. */
  base: Analysis | null;
}

function versionOf(data: Record<string, unknown>): number {
  if (typeof data.version === "number") return data.version;
  return "analysis" in data ? 2 : 1;
}

/** The copy as text for localStorage. */
export function writeRescueCopyText(copy: RescueCopy): string {
  return JSON.stringify({ version: RESCUE_COPY_VERSION, ...copy });
}

/**
 * Reads a copy of any version: migrated, then both documents through the analysis reader.
 * Null when it is not a readable copy (a base that does not read is dropped, the copy kept).
 */
export function readRescueCopyText(text: string): RescueCopy | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const migrated = migrate(data, versionOf(data), {
    current: RESCUE_COPY_VERSION,
    steps: RESCUE_COPY_STEPS,
    field: "version",
  });
  if (!migrated.ok) return null;
  const copy = rescueCopySchema.safeParse(migrated.value);
  if (!copy.success) return null;
  const analysis = readAnalysis(copy.data.analysis);
  if (!analysis.ok) return null;
  const base = copy.data.base === null ? null : readAnalysis(copy.data.base);
  return { analysis: analysis.value, base: base?.ok ? base.value : null };
}

import { z } from "zod";
import type { Analysis } from "../../domain/analysis/analysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { fromBase64, toBase64 } from "../../domain/base64";
import { isRecord, type MigrationSteps, migrate } from "../../domain/versioned";

/**
 * The rescue copy an unloading page leaves in localStorage (app/rescue.ts writes and finds
 * them): the analysis as it was, and the page's changes that were not stored yet as a Yjs
 * update, so start-up can merge them into what another tab stored meanwhile (Yjs' merge).
 *
 * Version 1: the bare analysis document. Version 2: `{ analysis, base }`, from the first
 * copies with a base on without a version field, and `{ version: 2, analysis, base }` since.
 * Version 3 (Yjs documents, 2026-12-07): `{ analysis, update }`, the update in base64; an older
 * copy has none (its base served a merge that Yjs does now) and is taken as it is when newer.
 */
export const RESCUE_COPY_VERSION = 3;

export const RESCUE_COPY_STEPS: MigrationSteps = {
  // 1 → 2: a bare document becomes a copy without a known base.
  1: (document) => ({ analysis: document, base: null }),
  // 2 → 3: no Yjs update is known.
  2: ({ base: _base, ...copy }) => ({ ...copy, update: null }),
};

const rescueCopySchema = z.object({ analysis: z.unknown(), update: z.string().nullable() });

export interface RescueCopy {
  analysis: Analysis;
  /** The page's changes not stored yet (a Yjs update), when its document was open. */
  update: Uint8Array | null;
}

function versionOf(data: Record<string, unknown>): number {
  if (typeof data.version === "number") return data.version;
  return "analysis" in data ? 2 : 1;
}

/** The copy as text for localStorage. */
export function writeRescueCopyText(copy: RescueCopy): string {
  const update = copy.update ? toBase64(copy.update) : null;
  return JSON.stringify({ version: RESCUE_COPY_VERSION, analysis: copy.analysis, update });
}

/**
 * Reads a copy of any version: migrated, then the document through the analysis reader. Null
 * when it is not a readable copy (an update that does not decode is dropped, the copy kept).
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
  const update = copy.data.update === null ? null : fromBase64(copy.data.update);
  return { analysis: analysis.value, update };
}

import type { Analysis } from "../domain/analysis/analysis";
import { readAnalysis } from "../domain/analysis/migrations";

/**
 * A synchronous safety copy for the moment a page goes away: IndexedDB writes are asynchronous
 * and may not finish during unload, localStorage writes do. The copy keeps the stored version
 * it was built on (its base), so that the next start can merge it with what another tab stored
 * meanwhile instead of choosing one of the two.
 */
// One slot per analysis, shared by the browser's tabs: when two tabs of one analysis go away
// at once within the autosave delay, the last to write keeps its copy.
const PREFIX = "ontrafel.rescue.";

export interface RescueCopy {
  analysis: Analysis;
  /** The stored version the copy was built on, when known. */
  base: Analysis | null;
}

export function writeRescueCopy(analysis: Analysis, base: Analysis | null = null): void {
  try {
    localStorage.setItem(PREFIX + analysis.id, JSON.stringify({ analysis, base }));
  } catch {
    // Too big for localStorage or storage refused: the IndexedDB save is all there is.
  }
}

export function clearRescueCopy(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}

/** The rescued copy of an analysis and its base, validated like any stored data. */
export function readRescueCopy(id: string): RescueCopy | null {
  let text: string | null = null;
  try {
    text = localStorage.getItem(PREFIX + id);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const data = JSON.parse(text) as unknown;
    // Earlier copies were the bare document.
    const wrapped = typeof data === "object" && data !== null && "analysis" in data;
    const analysis = readAnalysis(wrapped ? data.analysis : data);
    const base = wrapped && "base" in data && data.base ? readAnalysis(data.base) : null;
    if (!analysis.ok) return null;
    return { analysis: analysis.analysis, base: base?.ok ? base.analysis : null };
  } catch {
    return null;
  }
}

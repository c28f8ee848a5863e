import type { Analysis } from "../domain/analysis/analysis";
import { readAnalysis } from "../domain/analysis/migrations";

/**
 * A synchronous safety copy for the moment a page goes away: IndexedDB writes are asynchronous
 * and may not finish during unload, localStorage writes do. The next start compares and keeps
 * the newer copy.
 */
const PREFIX = "ontrafel.rescue.";

export function writeRescueCopy(analysis: Analysis): void {
  try {
    localStorage.setItem(PREFIX + analysis.id, JSON.stringify(analysis));
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

/** The rescued copy of an analysis, validated like any stored data. */
export function readRescueCopy(id: string): Analysis | null {
  let text: string | null = null;
  try {
    text = localStorage.getItem(PREFIX + id);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const result = readAnalysis(JSON.parse(text) as unknown);
    return result.ok ? result.analysis : null;
  } catch {
    return null;
  }
}

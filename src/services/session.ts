import type { Analysis } from "../domain/analysis/analysis";
import type { AnalysisReadResult } from "../domain/analysis/migrations";
import type { OntrafelDb } from "../persistence/db";

/**
 * The link between the open analysis in the store and its stored copy: opening, creating and
 * the autosave. In memory mode (no IndexedDB) `db` is null and only the open analysis exists.
 */
export interface AnalysisSession {
  readonly db: OntrafelDb | null;
  /** Saves pending edits of the open analysis, then opens another; null when it does not exist. */
  open(id: string): Promise<AnalysisReadResult | null>;
  /** Creates, stores and returns a new empty analysis on the active corpus (not opened). */
  create(title?: string): Promise<Analysis>;
  /** Writes pending edits now. */
  flush(): Promise<void>;
  stop(): void;
}

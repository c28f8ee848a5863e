import { useCallback, useMemo } from "react";
import { ANALYSIS_SCHEMA_VERSION } from "../../domain/analysis/analysis";
import {
  AnalysisUnavailableError,
  duplicateStoredAnalysis,
  emptyTrash,
  renameAnalysis,
  restoreAnalysis,
  trashAnalysis,
} from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import { restoreSnapshotAsCopy } from "../../persistence/snapshotRepo";
import { useSession } from "../../state/SessionProvider";
import { useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { syncOpenAnalysis } from "./syncOpenAnalysis";

/** Why an action failed, in the person's words: never a repository's English. */
function failure(t: ReturnType<typeof useT>, error: unknown): string {
  if (error instanceof AnalysisUnavailableError)
    return error.newerVersion === null
      ? t("analyses.notFound")
      : t("analyses.tooNew", { version: error.newerVersion, supported: ANALYSIS_SCHEMA_VERSION });
  const message = error instanceof Error ? error.message : String(error);
  return t("analyses.failed", { message });
}

/** The outcome of the last action, read out by the overview's status line. */
export type OverviewStatus = { kind: "done" | "failed"; text: string } | null;

export interface OverviewActions {
  rename(id: string, title: string): Promise<boolean>;
  duplicate(id: string): Promise<boolean>;
  trash(id: string, title: string): Promise<boolean>;
  restore(id: string, title: string): Promise<boolean>;
  emptyTrash(): Promise<boolean>;
  restoreSnapshot(snapshotId: string, name: string): Promise<boolean>;
}

/**
 * The overview's changes to stored analyses. Each one first writes the open analysis's pending
 * edits (so a copy or rename starts from the latest state), then runs one repository transaction,
 * then brings the store's copy in line. Resolves false when it failed; the status says why.
 */
export function useOverviewActions(setStatus: (status: OverviewStatus) => void): OverviewActions {
  const session = useSession();
  const store = useAppStoreApi();
  const t = useT();

  const run = useCallback(
    async (action: (db: OntrafelDb) => Promise<string>): Promise<boolean> => {
      const db = session?.db;
      if (!session || !db) return false;
      try {
        await session.flush();
        setStatus({ kind: "done", text: await action(db) });
        return true;
      } catch (error) {
        setStatus({ kind: "failed", text: failure(t, error) });
        return false;
      }
    },
    [session, setStatus, t],
  );

  return useMemo(() => {
    const newId = () => store.getState().ids.next("analysis");
    const untitled = (title: string) => title || t("canvas.untitled");
    return {
      rename: (id, title) =>
        run(async (db) => {
          // The same change in its Yjs document, sent to the tabs that show it.
          const { changeUpdate } = await import("../../io/ydoc/documentState");
          const { announceUpdate } = await import("../../services/sync/tabRelay");
          let update: Uint8Array | null = null;
          const renamed = await renameAnalysis(db, id, title, undefined, (updates, changed) => {
            update = changeUpdate(updates, changed);
            return update;
          });
          if (update) announceUpdate(id, update);
          await syncOpenAnalysis(store, db, id);
          return t("analyses.renamed", { title: untitled(renamed.title) });
        }),
      duplicate: (id) =>
        run(async (db) => {
          const copy = await duplicateStoredAnalysis(db, id, {
            newId: newId(),
            titleFor: (title) => t("analyses.copyTitle", { title: untitled(title) }),
          });
          return t("analyses.duplicated", { title: copy.title });
        }),
      trash: (id, title) =>
        run(async (db) => {
          await trashAnalysis(db, id);
          await syncOpenAnalysis(store, db, id);
          return t("analyses.deleted", { title: untitled(title) });
        }),
      restore: (id, title) =>
        run(async (db) => {
          await restoreAnalysis(db, id);
          return t("trash.restored", { title: untitled(title) });
        }),
      emptyTrash: () =>
        run(async (db) => {
          await emptyTrash(db);
          return t("trash.emptied");
        }),
      restoreSnapshot: (snapshotId, name) =>
        run(async (db) => {
          await restoreSnapshotAsCopy(db, snapshotId, {
            newId: newId(),
            titleFor: (title, snapshotName) =>
              t("snapshots.copyTitle", { title: untitled(title), name: snapshotName }),
          });
          return t("snapshots.restored", { name });
        }),
    } satisfies OverviewActions;
  }, [run, store, t]);
}

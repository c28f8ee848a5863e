import Dexie from "dexie";
import type { Analysis } from "../domain/analysis/analysis";
import { duplicateAnalysis } from "../domain/analysis/duplicate";
import { readAnalysis } from "../domain/analysis/migrations";
import { AnalysisUnavailableError, writeAnalysis } from "./analysisRepo";
import type { OntrafelDb } from "./db";
import { type SnapshotRecord, snapshotRecordType } from "./records/analysisRecords";
import { readStoredRecords, readStoredRow, toStoredRecord } from "./records/storedRecord";

/** What the overview lists of a snapshot, without its document. */
export interface SnapshotSummary {
  id: string;
  analysisId: string;
  name: string;
  createdAt: number;
}

/** Stores a named version of an analysis as it is now. */
export async function saveSnapshot(
  db: OntrafelDb,
  analysis: Analysis,
  init: { id: string; name: string; now?: number },
): Promise<SnapshotSummary> {
  const record: SnapshotRecord = {
    id: init.id,
    analysisId: analysis.id,
    name: init.name,
    createdAt: init.now ?? Date.now(),
    analysis,
  };
  await db.transaction("rw", db.snapshots, () =>
    db.snapshots.add(toStoredRecord(snapshotRecordType, record)),
  );
  const { analysis: _document, ...summary } = record;
  return summary;
}

/** The snapshots of one analysis, newest first. */
export async function listSnapshots(
  db: OntrafelDb,
  analysisId: string,
): Promise<SnapshotSummary[]> {
  const rows = await db.snapshots
    .where("[analysisId+createdAt]")
    .between([analysisId, Dexie.minKey], [analysisId, Dexie.maxKey])
    .reverse()
    .toArray();
  return readStoredRecords(snapshotRecordType, rows, db.reportUnreadable).map(
    ({ analysis: _document, ...summary }) => summary,
  );
}

/**
 * Makes a new analysis from a snapshot; the original analysis is never touched. `titleFor` gets
 * the snapshot's document title and name and returns the copy's title.
 */
export async function restoreSnapshotAsCopy(
  db: OntrafelDb,
  snapshotId: string,
  init: { newId: string; titleFor: (title: string, name: string) => string; now?: number },
): Promise<Analysis> {
  return db.transaction("rw", db.snapshots, db.analyses, db.analysisJson, async () => {
    const raw = await db.snapshots.get(snapshotId);
    const snapshot = readStoredRow(snapshotRecordType, raw, db.reportUnreadable);
    const read = snapshot ? readAnalysis(snapshot.analysis) : null;
    if (!snapshot || !read?.ok) throw new AnalysisUnavailableError(snapshotId);
    const copy = duplicateAnalysis(read.value, {
      id: init.newId,
      title: init.titleFor(read.value.title, snapshot.name),
      now: init.now ?? Date.now(),
    });
    await writeAnalysis(db, copy, null, "add");
    return copy;
  });
}

import type { Correction } from "../domain/corpus/corrections";
import type { OntrafelDb } from "./db";
import { correctionRecordType } from "./records/correctionRecord";
import { readStoredRecords, toStoredRecord } from "./records/storedRecord";

/**
 * A corpus's corrections in the order they were made, each through its reader. A row that
 * cannot be read stays in the database untouched and is reported (OntrafelDb.onUnreadable),
 * never dropped in silence.
 */
export async function listCorrections(db: OntrafelDb, corpusId: string): Promise<Correction[]> {
  const rows = await db.corrections
    .where("[corpusId+createdAt]")
    .between([corpusId, Number.NEGATIVE_INFINITY], [corpusId, Number.POSITIVE_INFINITY])
    .toArray();
  return readStoredRecords(correctionRecordType, rows, db.reportUnreadable);
}

export async function addCorrection(db: OntrafelDb, correction: Correction): Promise<void> {
  await db.corrections.add(
    toStoredRecord(correctionRecordType, correctionRecordType.schema.parse(correction)),
  );
}

/** Undoes a correction by removing it; the parsed corpus was never changed. */
export async function removeCorrection(db: OntrafelDb, id: string): Promise<void> {
  await db.corrections.delete(id);
}

import { type Correction, correctionSchema } from "../domain/corpus/corrections";
import type { OntrafelDb } from "./db";

/** A corpus's corrections in the order they were made; unreadable records are left out. */
export async function listCorrections(db: OntrafelDb, corpusId: string): Promise<Correction[]> {
  const rows = await db.corrections
    .where("[corpusId+createdAt]")
    .between([corpusId, Number.NEGATIVE_INFINITY], [corpusId, Number.POSITIVE_INFINITY])
    .toArray();
  return rows.flatMap((row) => {
    const parsed = correctionSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function addCorrection(db: OntrafelDb, correction: Correction): Promise<void> {
  await db.corrections.add(correctionSchema.parse(correction));
}

/** Undoes a correction by removing it; the parsed corpus was never changed. */
export async function removeCorrection(db: OntrafelDb, id: string): Promise<void> {
  await db.corrections.delete(id);
}

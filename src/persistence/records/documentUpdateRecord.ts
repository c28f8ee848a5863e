import { z } from "zod";
import type { StoredRecordType } from "./storedRecord";

/** Bytes of any realm (the test DOM's and IndexedDB's may differ). */
function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === "[object Uint8Array]";
}

/**
 * One change of an analysis's Yjs document, as stored (Dexie table `documentUpdates`, database
 * version 4): the document is the merge of its rows, oldest first. The first row is made from
 * the analysis's JSON when it is first opened; each save of an open tab adds what changed since
 * (a few dozen bytes for an edit), and opening merges a long list into one row again. `seq`
 * orders the rows, so a tab reads only the ones written since it last looked. Version 1: every
 * row so far.
 */
export const documentUpdateSchema = z.object({
  seq: z.number().int(),
  analysisId: z.string().min(1),
  update: z.custom<Uint8Array>(isBytes),
});
export type DocumentUpdateRecord = z.infer<typeof documentUpdateSchema>;

export const documentUpdateRecordType: StoredRecordType<DocumentUpdateRecord> = {
  table: "documentUpdates",
  current: 1,
  steps: {},
  schema: documentUpdateSchema,
};

import { type Correction, correctionSchema } from "../../domain/corpus/corrections";
import type { StoredRecordType } from "./storedRecord";

/**
 * A person's correction of a quote as stored (Dexie table `corrections`); the correction itself
 * is the domain's. Version 1: every row so far.
 */
export const correctionRecordType: StoredRecordType<Correction> = {
  table: "corrections",
  current: 1,
  steps: {},
  schema: correctionSchema,
};

import { z } from "zod";
import { isRecord, type MigrationSteps, migrate } from "../../domain/versioned";

/**
 * What every Dexie table's module declares: the shape of its rows, the version written today
 * and the steps that bring older rows up to date. Rows carry their version in `version`; rows
 * written before records were versioned have none and count as version 1.
 */
export interface StoredRecordType<T> {
  readonly table: string;
  readonly current: number;
  readonly steps: MigrationSteps;
  /** The row as the app uses it, without its version. */
  readonly schema: z.ZodType<T>;
}

/** A row that could not be read: which one and why, for the report (never shown raw to users). */
export interface UnreadableRecord {
  readonly table: string;
  readonly key: string;
  readonly reason: string;
}

export type RecordRead<T> = { ok: true; value: T } | { ok: false; problem: UnreadableRecord };

const VERSION = "version";

function keyOf(raw: unknown): string {
  if (!isRecord(raw)) return "?";
  const key = raw.id ?? raw.key ?? raw.seq ?? [raw.corpusId, raw.block ?? raw.order].join("/");
  return String(key);
}

/** Reads one stored row: migrates it from its version, then validates it. Never a cast. */
export function readStoredRecord<T>(type: StoredRecordType<T>, raw: unknown): RecordRead<T> {
  const problem = (reason: string): RecordRead<T> => ({
    ok: false,
    problem: { table: type.table, key: keyOf(raw), reason },
  });
  if (!isRecord(raw)) return problem("not an object");
  const { [VERSION]: version = 1, ...row } = raw;
  if (typeof version !== "number") return problem(`version ${String(version)} is not a number`);
  const migrated = migrate(row, version, {
    current: type.current,
    steps: type.steps,
    field: VERSION,
  });
  if (!migrated.ok) return problem(`${migrated.error.kind} version ${migrated.error.version}`);
  const { [VERSION]: _current, ...current } = migrated.value;
  const parsed = type.schema.safeParse(current);
  return parsed.success ? { ok: true, value: parsed.data } : problem(z.prettifyError(parsed.error));
}

/** The row to write: the value with today's version. */
export function toStoredRecord<T extends object>(
  type: StoredRecordType<T>,
  value: T,
): T & { version: number } {
  return { ...value, version: type.current };
}

/** Reads one row fetched by key: null when absent, or unreadable (then handed to `report`). */
export function readStoredRow<T>(
  type: StoredRecordType<T>,
  raw: unknown,
  report: (problem: UnreadableRecord) => void,
): T | null {
  if (raw === undefined) return null;
  const read = readStoredRecord(type, raw);
  if (read.ok) return read.value;
  report(read.problem);
  return null;
}

/** Reads many rows; the unreadable ones are handed to `report` and left out. */
export function readStoredRecords<T>(
  type: StoredRecordType<T>,
  rows: readonly unknown[],
  report: (problem: UnreadableRecord) => void,
): T[] {
  const values: T[] = [];
  for (const raw of rows) {
    const read = readStoredRecord(type, raw);
    if (read.ok) values.push(read.value);
    else report(read.problem);
  }
  return values;
}

import { fail, ok, type Result } from "./result";

/**
 * Every persisted or exported shape of ours carries a version and brings older data up to date
 * the same way: one pure step per version (`steps[n]` turns version n into version n + 1),
 * applied in order, and data from a newer Ontrafel is refused rather than guessed at. Each
 * type's module (analysis, corpus file, stored records, rescue copy) declares its current
 * version and its steps; its test opens a fixture of every older version.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;
export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

export type MigrationError =
  /** Written by a newer Ontrafel: its meaning is unknown here. */
  | { kind: "tooNew"; version: number }
  /** A version that never existed, or one this build has no step for. */
  | { kind: "unknownVersion"; version: number };

export type Migrated = Result<Record<string, unknown>, MigrationError>;

export interface VersionedType {
  /** The version written today. */
  readonly current: number;
  readonly steps: MigrationSteps;
  /** The field that holds the version in the data. */
  readonly field: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Brings `data` of version `from` to `type.current`, writing each step's version into
 * `type.field`. The result still has to pass the type's schema.
 */
export function migrate(
  data: Record<string, unknown>,
  from: number,
  type: VersionedType,
): Migrated {
  if (!Number.isInteger(from) || from < 1) {
    return fail({ kind: "unknownVersion", version: from });
  }
  if (from > type.current) return fail({ kind: "tooNew", version: from });
  let migrated = data;
  for (let version = from; version < type.current; version++) {
    const step = type.steps[version];
    if (!step) return fail({ kind: "unknownVersion", version });
    migrated = { ...step(migrated), [type.field]: version + 1 };
  }
  return ok(migrated);
}

/** Every version before the current one, each of which must have a step and a fixture. */
export function olderVersions(type: Pick<VersionedType, "current">): number[] {
  return Array.from({ length: type.current - 1 }, (_, i) => i + 1);
}

import type { SchemaIssue } from "../domain/schemaIssue";

/**
 * Why a file could not be imported: one typed union, mapped to a message by the UI. `path` is a
 * JSON path such as `$.analysis.nodes[3].role`; `line`/`column` count from 1.
 */
export type ImportError =
  | { kind: "empty" }
  | { kind: "tooLarge"; bytes: number; limit: number }
  | { kind: "binary" }
  | { kind: "syntax"; line: number; column: number }
  | { kind: "tooDeep"; path: string; limit: number }
  | { kind: "forbiddenKey"; path: string; key: string }
  | { kind: "wrongFormat"; found: string | null }
  | { kind: "tooNew"; version: number }
  | { kind: "invalid"; path: string; issue: SchemaIssue }
  | { kind: "pngDamaged" }
  | { kind: "pngWithoutAnalysis" };

export type ImportStep<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export function ok<T>(value: T): ImportStep<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: ImportError): ImportStep<T> {
  return { ok: false, error };
}

export { jsonPath } from "../domain/schemaIssue";

import type { Result } from "./result";
import type { SchemaIssue } from "./schemaIssue";

/** Files above this size are refused before they are read: analyses and corpora alike. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Why a file (an analysis, a picture, a corpus source) could not be imported: one typed union,
 * put into words by the UI (`i18n/importError.ts`). `path` is a JSON path such as
 * `$.analysis.nodes[3].role` or `quotes[1].page`; lines, rows, columns and pages count from 1.
 */
export type ImportError =
  | { kind: "empty" }
  | { kind: "tooLarge"; bytes: number; limit: number }
  /** Neither text nor a PNG (analysis files). */
  | { kind: "binary" }
  /** Not UTF-8 or UTF-16 with a mark (corpus sources): what was found, and where if known. */
  | { kind: "encoding"; found: "UTF-8" | "UTF-16" | "binary"; line?: number }
  | { kind: "syntax"; line: number; column: number }
  | { kind: "tooDeep"; path: string; limit: number }
  | { kind: "forbiddenKey"; path: string; key: string }
  | { kind: "wrongFormat"; found: string | null }
  /** Ours, but for the other import: an analysis file given as a corpus, or the reverse. */
  | { kind: "belongsElsewhere"; is: "analysis" | "canvas" | "corpus" }
  | { kind: "tooNew"; version: number }
  | { kind: "invalid"; path: string; issue: SchemaIssue }
  | { kind: "pngDamaged" }
  | { kind: "pngWithoutAnalysis" }
  | { kind: "unsupportedType" }
  | { kind: "noQuotes" }
  | { kind: "csvNoTextColumn"; columns: readonly string[] }
  | { kind: "csvUnreadable"; row: number }
  | { kind: "pdfNoText" }
  | { kind: "pdfUnreadable"; reason: string };

export type ImportResult<T> = Result<T, ImportError>;

import { ANALYSIS_SCHEMA_VERSION, type Analysis } from "../domain/analysis/analysis";
import { readAnalysis } from "../domain/analysis/migrations";
import { CORPUS_FORMAT } from "../domain/corpus/corpusFile";
import { decodeText } from "../domain/corpus/import/decode";
import type { Quote } from "../domain/corpus/quote";
import { type ImportResult, MAX_IMPORT_BYTES } from "../domain/importError";
import { fail, ok } from "../domain/result";
import { firstSchemaProblem } from "../domain/schemaIssue";
import { ANALYSIS_FILE_FORMAT, analysisFileSchema, type FileQuote } from "./analysisFile";
import { fromJsonCanvas } from "./jsonCanvas";
import { jsonCanvasSchema, looksLikeJsonCanvas } from "./jsonCanvasFormat";
import { ANALYSIS_KEYWORD, isPng, readTextChunk } from "./pngText";
import { type Repair, repairReferences } from "./repair";
import { checkJsonTree, isRecord, parseJson } from "./safeJson";

export type ImportSource = "json" | "png" | "canvas";

export interface ImportedAnalysis {
  /** Validated and repaired; its id, corpus and dates are the file's (storing gives it new ones). */
  analysis: Analysis;
  source: ImportSource;
  repairs: Repair[];
  /** The quotes the file says it uses (empty for older files and JSON Canvas). */
  quotes: FileQuote[];
}

export interface ImportContext {
  /** The loaded corpus, for JSON Canvas text that is one of its quotes. */
  corpusId: string;
  quotes: readonly Quote[];
  now: number;
}

/** What the pipeline needs of a File (a File is one). */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Drop a leading "$" of a readAnalysis path and put it under `$.analysis`. */
function underAnalysis(path: string): string {
  return `$.analysis${path.replace(/^\$/, "")}`;
}

function readEnvelope(data: Record<string, unknown>): ImportResult<ImportedAnalysis> {
  const version = data.schemaVersion;
  if (typeof version === "number" && version > ANALYSIS_SCHEMA_VERSION) {
    return fail({ kind: "tooNew", version });
  }
  const envelope = analysisFileSchema.safeParse(data);
  if (!envelope.success) return fail({ kind: "invalid", ...firstSchemaProblem(envelope.error) });
  const raw = envelope.data.analysis;
  const read = readAnalysis(raw);
  if (!read.ok) {
    if (read.error.kind === "tooNew") return fail(read.error);
    return fail(
      read.error.kind === "invalid"
        ? { kind: "invalid", path: underAnalysis(read.error.path), issue: read.error.issue }
        : { kind: "invalid", path: "$.analysis", issue: { kind: "value" } },
    );
  }
  const { analysis, repairs } = repairReferences(read.value);
  return ok({ analysis, source: "json", repairs, quotes: envelope.data.quotes ?? [] });
}

function readCanvas(
  data: Record<string, unknown>,
  title: string,
  context: ImportContext,
): ImportResult<ImportedAnalysis> {
  const canvas = jsonCanvasSchema.safeParse(data);
  if (!canvas.success) return fail({ kind: "invalid", ...firstSchemaProblem(canvas.error) });
  const converted = fromJsonCanvas(canvas.data, { title, ...context });
  // What the conversion made goes through the same strict checks as our own files.
  const read = readAnalysis(converted.analysis);
  if (!read.ok) {
    return fail(
      read.error.kind === "invalid"
        ? { kind: "invalid", path: read.error.path, issue: read.error.issue }
        : { kind: "wrongFormat", found: null },
    );
  }
  const repaired = repairReferences(read.value);
  return ok({
    analysis: repaired.analysis,
    source: "canvas",
    repairs: [...converted.repairs, ...repaired.repairs],
    quotes: [],
  });
}

/**
 * The one import pipeline for text: parse → refuse deep nesting and prototype keys → check the
 * envelope (our format, or a JSON Canvas) → refuse a newer version → migrate → validate strictly
 * → repair dangling references. Never throws; nothing is stored here.
 */
export function readImportText(
  text: string,
  title: string,
  context: ImportContext,
): ImportResult<ImportedAnalysis> {
  return readText(text, title, context);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what text files lack
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function readText(
  text: string,
  title: string,
  context: ImportContext,
): ImportResult<ImportedAnalysis> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fail({ kind: "empty" });
  // JSON never holds raw control characters: these are the bytes of something else.
  if (CONTROL_CHARACTERS.test(body)) return fail({ kind: "binary" });
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const checked = checkJsonTree(parsed.value);
  if (!checked.ok) return checked;
  const data = checked.value;
  if (!isRecord(data)) return fail({ kind: "wrongFormat", found: null });
  if (data.format === ANALYSIS_FILE_FORMAT) return readEnvelope(data);
  if (data.format === CORPUS_FORMAT) return fail({ kind: "belongsElsewhere", is: "corpus" });
  if (looksLikeJsonCanvas(data)) return readCanvas(data, title, context);
  return fail({
    kind: "wrongFormat",
    found: typeof data.format === "string" ? data.format.slice(0, 100) : null,
  });
}

/** The file name without its extensions: the title of an analysis made from a JSON Canvas. */
export function titleFromFileName(name: string): string {
  return name.replace(/(\.[a-z0-9]{1,10})+$/i, "").trim() || name;
}

/** Reads a dropped or chosen file: an Ontrafel JSON file, a PNG exported by Ontrafel, or a JSON Canvas. */
export async function readImportFile(
  file: ImportFile,
  context: ImportContext,
): Promise<ImportResult<ImportedAnalysis>> {
  if (file.size === 0) return fail({ kind: "empty" });
  if (file.size > MAX_IMPORT_BYTES) {
    return fail({ kind: "tooLarge", bytes: file.size, limit: MAX_IMPORT_BYTES });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const title = titleFromFileName(file.name);
  if (isPng(bytes)) {
    const text = await readTextChunk(bytes, ANALYSIS_KEYWORD, MAX_IMPORT_BYTES);
    if (text === "damaged") return fail({ kind: "pngDamaged" });
    if (text === "tooLarge") {
      return fail({ kind: "tooLarge", bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
    }
    if (text === null) return fail({ kind: "pngWithoutAnalysis" });
    const read = readImportText(text, title, context);
    return read.ok ? ok({ ...read.value, source: "png" }) : read;
  }
  // UTF-8 with or without a byte-order mark, or UTF-16 with one (as some editors save JSON).
  const text = decodeText(bytes);
  if (!text.ok) return fail({ kind: text.error.kind === "empty" ? "empty" : "binary" });
  return readImportText(text.value, title, context);
}

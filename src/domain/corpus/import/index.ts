import type { ImportResult } from "../../importError";
import { fail, ok } from "../../result";
import { parseCorpusJson } from "./corpusJson";
import { type CsvMapping, type CsvTable, csvToCorpus, guessCsvMapping, readCsvTable } from "./csv";
import { decodeText } from "./decode";
import type { ParsedCorpus, SourceFormat } from "./parsedCorpus";
import { parseTextCorpus } from "./text";

export type { CsvField, CsvMapping, CsvTable } from "./csv";
export { CSV_FIELDS, csvToCorpus } from "./csv";
export { checkSize } from "./decode";
export type { ImportWarning, ParsedCorpus, SourceFormat } from "./parsedCorpus";

/** What reading a file gives: a corpus to preview, or a CSV table whose columns the person maps. */
export type SourceStep =
  | { kind: "parsed"; corpus: ParsedCorpus }
  | { kind: "csv"; name: string; table: CsvTable; mapping: CsvMapping };

/** The format from the file name, or from the content when the name does not tell. */
export function formatOf(name: string, bytes: Uint8Array): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (
    ext === "pdf" ||
    (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
  )
    return "pdf";
  if (["txt", "text", "md", "markdown"].includes(ext)) return "text";
  if (["csv", "tsv"].includes(ext)) return "csv";
  if (ext === "json") return "json";
  return null;
}

/**
 * Reads a text-based source (plain text, Markdown, CSV, our JSON); PDFs need pdf.js and go
 * through `pdfToCorpus` instead. Pure and synchronous, so it runs in a Web Worker.
 */
export function readSource(name: string, bytes: Uint8Array): ImportResult<SourceStep> {
  const format = formatOf(name, bytes);
  // A JSON Canvas opens as an analysis (Importeren… under Analyses), never as a corpus.
  if (format === null && /\.canvas$/i.test(name))
    return fail({ kind: "belongsElsewhere", is: "canvas" });
  if (format === null || format === "pdf") return fail({ kind: "unsupportedType" });
  const text = decodeText(bytes);
  if (!text.ok) return text;
  if (format === "text") {
    const parsed = parseTextCorpus(text.value, name);
    return parsed.ok ? ok({ kind: "parsed", corpus: parsed.value }) : parsed;
  }
  if (format === "json") {
    const parsed = parseCorpusJson(text.value, name);
    return parsed.ok ? ok({ kind: "parsed", corpus: parsed.value }) : parsed;
  }
  const table = readCsvTable(text.value);
  if (!table.ok) return table;
  return ok({
    kind: "csv",
    name,
    table: table.value,
    mapping: guessCsvMapping(table.value.headers),
  });
}

/** Quotes from a mapped CSV table, as a preview step. */
export function mapCsv(
  name: string,
  table: CsvTable,
  mapping: CsvMapping,
): ImportResult<SourceStep> {
  const parsed = csvToCorpus(table, mapping, name);
  return parsed.ok ? ok({ kind: "parsed", corpus: parsed.value }) : parsed;
}

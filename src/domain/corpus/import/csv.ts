import Papa from "papaparse";
import type { ImportResult } from "../../importError";
import { fail, ok } from "../../result";
import { finishCorpus, type QuoteDraft } from "./finish";
import { baseName, type ParsedCorpus, WarningTally } from "./parsedCorpus";

/** The quote fields a CSV column can fill; only `text` is required. */
export const CSV_FIELDS = [
  "text",
  "section",
  "sectionTitle",
  "chapter",
  "chapterTitle",
  "page",
  "source",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index per field (null: not in the file). */
export type CsvMapping = Record<CsvField, number | null>;

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Reads a CSV (delimiter detected: comma, semicolon, tab); the first row holds the headers. */
export function readCsvTable(text: string): ImportResult<CsvTable> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  // The only fatal CSV error is a quotation mark that is never closed; the parser's own
  // (English) text is not shown.
  if (fatal) return fail({ kind: "csvUnreadable", row: (fatal.row ?? 0) + 1 });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((h) => h.trim() === "")) return fail({ kind: "empty" });
  return ok({ headers: headerRow.map((h) => h.trim()), rows });
}

const GUESSES: Record<CsvField, RegExp> = {
  text: /^(tekst|text|citaat|quote|uitspraak|opmerking)$/i,
  section: /^(sectie|section|thema ?(nr|nummer)?|paragraaf|nr|nummer)$/i,
  sectionTitle: /^(sectie ?titel|section ?title|thema ?titel|titel|title|thema ?naam)$/i,
  chapter: /^(hoofdstuk|chapter)( ?(nr|nummer))?$/i,
  chapterTitle: /^(hoofdstuk ?titel|chapter ?title)$/i,
  page: /^(pagina|page|blz|p)\.?$/i,
  source: /^(bron|source|bestand|file)$/i,
};

/** A first mapping from the header names; the person checks it in the mapping dialog. */
export function guessCsvMapping(headers: readonly string[]): CsvMapping {
  const mapping = Object.fromEntries(CSV_FIELDS.map((f) => [f, null])) as CsvMapping;
  const taken = new Set<number>();
  for (const field of CSV_FIELDS) {
    const index = headers.findIndex((h, i) => !taken.has(i) && GUESSES[field].test(h.trim()));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

function cell(row: readonly string[], index: number | null): string {
  return index === null ? "" : (row[index] ?? "").trim();
}

/** Quotes from a CSV table and a mapping; rows are numbered as a spreadsheet shows them (header = 1). */
export function csvToCorpus(
  table: CsvTable,
  mapping: CsvMapping,
  sourceName: string,
): ImportResult<ParsedCorpus> {
  if (mapping.text === null || mapping.text >= table.headers.length)
    return fail({ kind: "csvNoTextColumn", columns: table.headers });
  const warnings = new WarningTally();
  const drafts: QuoteDraft[] = [];
  const rowNumbers: number[] = [];
  const fallbackTitle = baseName(sourceName);
  table.rows.forEach((row, i) => {
    const rowNo = String(i + 2);
    const text = cell(row, mapping.text);
    if (text === "") {
      warnings.add("emptyRows", rowNo);
      return;
    }
    const section = cell(row, mapping.section);
    const chapterCell = cell(row, mapping.chapter);
    const chapterFromSection = /^(\d{1,3})(?:\.|$)/.exec(section)?.[1];
    const chapter = /^\d{1,3}$/.test(chapterCell)
      ? Number(chapterCell)
      : chapterFromSection
        ? Number(chapterFromSection)
        : 1;
    const pageCell = cell(row, mapping.page);
    const page = /^\d{1,6}$/.test(pageCell) && Number(pageCell) > 0 ? Number(pageCell) : null;
    if (pageCell !== "" && page === null) warnings.add("invalidPage", rowNo);
    const chapterTitle =
      cell(row, mapping.chapterTitle) ||
      (chapterCell && !/^\d+$/.test(chapterCell) ? chapterCell : "") ||
      (mapping.chapter === null && !chapterFromSection ? fallbackTitle : `${chapter}`);
    drafts.push({
      text: text.replace(/\s+/g, " "),
      chapter: Math.max(1, chapter),
      chapterTitle,
      section,
      sectionTitle: cell(row, mapping.sectionTitle) || null,
      page,
      source: cell(row, mapping.source) || sourceName,
      pullQuote: false,
    });
    rowNumbers.push(i + 2);
  });
  return finishCorpus(
    drafts,
    { name: fallbackTitle, sourceName, format: "csv" },
    warnings,
    (i) => `${rowNumbers[i]}`,
  );
}

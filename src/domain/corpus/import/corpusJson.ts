import { ANALYSIS_FILE_FORMAT } from "../../analysis/analysis";
import type { ImportResult } from "../../importError";
import { syntaxErrorAt } from "../../jsonSyntax";
import { fail, ok } from "../../result";
import { firstSchemaProblem } from "../../schemaIssue";
import { isRecord } from "../../versioned";
import {
  CORPUS_FORMAT,
  CORPUS_FORMAT_VERSION,
  type CorpusFile,
  readCorpusFile,
} from "../corpusFile";
import type { Quote } from "../quote";
import { finishCorpus } from "./finish";
import { type ParsedCorpus, WarningTally } from "./parsedCorpus";

/**
 * Reads a corpus file. Ids in the file are kept when they are unique (so an exported and
 * re-imported corpus keeps the references analyses hold); missing ones are derived as usual.
 */
export function parseCorpusJson(text: string, sourceName: string): ImportResult<ParsedCorpus> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({ kind: "syntax", ...syntaxErrorAt(text, error) });
  }
  if (isRecord(raw) && raw.format === ANALYSIS_FILE_FORMAT)
    return fail({ kind: "belongsElsewhere", is: "analysis" });
  const read = readCorpusFile(raw);
  if (!read.ok) {
    const { error } = read;
    if (error.kind === "tooNew") {
      return fail({ kind: "tooNew", version: error.version });
    }
    // Paths read "quotes[3].text" here, without the "$" of analysis files.
    return fail({ kind: "invalid", ...firstSchemaProblem(error.zodError, [], "") });
  }
  const file = read.value;
  const drafts = file.quotes.map((q) => ({
    text: q.text,
    chapter: q.chapter,
    chapterTitle: q.chapterTitle ?? `${q.chapter}`,
    section: q.section,
    sectionTitle: q.sectionTitle,
    page: q.page,
    source: q.source ?? sourceName,
    pullQuote: q.pullQuote,
  }));
  const finished = finishCorpus(
    drafts,
    { name: file.name, sourceName, format: "json" },
    new WarningTally(),
    (i) => `quotes[${i}]`,
  );
  if (!finished.ok) return finished;
  const given = file.quotes.map((q) => q.id);
  const unique = given.every((id) => id !== undefined) && new Set(given).size === given.length;
  if (!unique) return finished;
  const quotes = finished.value.quotes.map((q, i) => ({ ...q, id: given[i] ?? q.id }));
  return ok({ ...finished.value, quotes });
}

/** The corpus as a file to share or back up; `quotes` are the corrected ones the library shows. */
export function exportCorpusFile(name: string, quotes: readonly Quote[], now: Date): CorpusFile {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_FORMAT_VERSION,
    name,
    exportedAt: now.toISOString(),
    quotes: quotes.map((q) => ({ ...q })),
  };
}

import { syntaxErrorAt } from "../../jsonSyntax";
import { firstSchemaProblem } from "../../schemaIssue";
import {
  CORPUS_FORMAT,
  CORPUS_FORMAT_VERSION,
  type CorpusFile,
  readCorpusFile,
} from "../corpusFile";
import type { Quote } from "../quote";
import { finishCorpus } from "./finish";
import { ok, type ParsedCorpus, type Result, WarningTally } from "./result";

/**
 * Reads a corpus file. Ids in the file are kept when they are unique (so an exported and
 * re-imported corpus keeps the references analyses hold); missing ones are derived as usual.
 */
export function parseCorpusJson(text: string, sourceName: string): Result<ParsedCorpus> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: { code: "jsonSyntax", where: "", detail: "", at: syntaxErrorAt(text, error) },
    };
  }
  const read = readCorpusFile(raw);
  if (!read.ok) {
    const { error } = read;
    if (error.kind === "tooNew") {
      return {
        ok: false,
        error: { code: "jsonTooNew", where: "version", detail: String(error.version) },
      };
    }
    // Paths read "quotes[3].text" here, without the "$" of analysis files.
    const { path, issue } = firstSchemaProblem(error.zodError, [], "");
    return { ok: false, error: { code: "jsonInvalid", where: path, detail: "", issue } };
  }
  const file = read.file;
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

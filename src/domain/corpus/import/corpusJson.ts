import { z } from "zod";
import { syntaxErrorAt } from "../../jsonSyntax";
import { firstSchemaProblem } from "../../schemaIssue";
import type { Quote } from "../quote";
import { finishCorpus } from "./finish";
import { ok, type ParsedCorpus, type Result, WarningTally } from "./result";

export const CORPUS_FORMAT = "ontrafel-corpus";
export const CORPUS_FORMAT_VERSION = 1;

/** One quote in a corpus file: loose in (defaults for what may be left out), strict out. */
const corpusFileQuoteSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(20_000),
  chapter: z.number().int().min(1).max(999).default(1),
  chapterTitle: z.string().trim().min(1).max(300).optional(),
  section: z.string().max(40).default(""),
  sectionTitle: z.string().max(300).nullable().default(null),
  page: z.number().int().positive().nullable().default(null),
  source: z.string().min(1).max(300).optional(),
  pullQuote: z.boolean().default(false),
});

/** Our corpus file: `{ format, version, name, quotes }`, written by exportCorpusFile. */
export const corpusFileSchema = z.strictObject({
  format: z.literal(CORPUS_FORMAT),
  version: z.literal(CORPUS_FORMAT_VERSION),
  name: z.string().trim().min(1).max(200),
  exportedAt: z.string().optional(),
  quotes: z.array(corpusFileQuoteSchema).min(1).max(200_000),
});
export type CorpusFile = z.infer<typeof corpusFileSchema>;

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
  const parsed = corpusFileSchema.safeParse(raw);
  if (!parsed.success) {
    // Paths read "quotes[3].text" here, without the "$" of analysis files.
    const { path, issue } = firstSchemaProblem(parsed.error, [], "");
    return { ok: false, error: { code: "jsonInvalid", where: path, detail: "", issue } };
  }
  const file = parsed.data;
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

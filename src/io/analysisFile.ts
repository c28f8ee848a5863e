import { z } from "zod";
import { version } from "../../package.json";
import {
  ANALYSIS_FILE_FORMAT,
  ANALYSIS_SCHEMA_VERSION,
  type Analysis,
  quoteSnapshotSchema,
} from "../domain/analysis/analysis";
import type { Quote } from "../domain/corpus/quote";

export { ANALYSIS_FILE_FORMAT };
export const APP_VERSION: string = version;

/**
 * A quote the analysis uses, with its corpus and source metadata, so the file stands on its own.
 * `pullQuote` is absent when the quote was no longer in the corpus at export (only the card's
 * snapshot was left).
 */
export const fileQuoteSchema = quoteSnapshotSchema.extend({
  corpusId: z.string().min(1).max(200),
  id: z.string().min(1).max(200),
  pullQuote: z.boolean().optional(),
});
export type FileQuote = z.infer<typeof fileQuoteSchema>;

/**
 * The envelope. `schemaVersion` is the analysis schema version it was written with; the
 * analysis itself is read (migrated, validated) by `readAnalysis`. `quotes` and `exportedAt`
 * are absent in files written before the full export (the storage banner's download).
 */
export const analysisFileSchema = z.strictObject({
  format: z.literal(ANALYSIS_FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  exportedAt: z.string().max(100).optional(),
  analysis: z.unknown(),
  quotes: z.array(fileQuoteSchema).optional(),
});

export interface AnalysisFile {
  format: typeof ANALYSIS_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  analysis: Analysis;
  quotes: FileQuote[];
}

/**
 * Every quote the analysis places, once: taken from the loaded corpus when it has it (same
 * corpus and id), else from the card's snapshot.
 */
export function quotesUsed(
  analysis: Analysis,
  corpusId: string | null,
  corpus: readonly Quote[],
): FileQuote[] {
  const byId = new Map(corpus.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const result: FileQuote[] = [];
  for (const node of analysis.nodes) {
    if (node.kind !== "quote") continue;
    const key = `${node.corpusId}\u0000${node.quoteId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quote = node.corpusId === corpusId ? byId.get(node.quoteId) : undefined;
    result.push(
      quote
        ? { corpusId: node.corpusId, ...quote }
        : { corpusId: node.corpusId, id: node.quoteId, ...node.snapshot },
    );
  }
  return result;
}

export function analysisFile(
  analysis: Analysis,
  quotes: FileQuote[],
  now: Date,
  appVersion = APP_VERSION,
): AnalysisFile {
  return {
    format: ANALYSIS_FILE_FORMAT,
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    analysis,
    quotes,
  };
}

/** Pretty JSON, readable and diffable by people. */
export function analysisFileText(analysis: Analysis, quotes: FileQuote[], now: Date): string {
  return `${JSON.stringify(analysisFile(analysis, quotes, now), null, 2)}\n`;
}

/** "<title>-<yyyy-mm-dd>.<extension>", with characters file systems refuse replaced. */
export function exportFileName(title: string, date: Date, extension: string): string {
  const safe =
    title
      .normalize("NFC")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\.+/, "")
      .slice(0, 80)
      .trim() || "analyse";
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, "0"),
    String(date.getDate()).padStart(2, "0"),
  ].join("-");
  return `${safe}-${day}.${extension}`;
}

export function analysisFileName(analysis: Analysis, date: Date): string {
  return exportFileName(analysis.title, date, "ontrafel.json");
}

import type { Analysis } from "../../domain/analysis/analysis";
import type { Quote } from "../../domain/corpus/quote";
import { analysisFileName, analysisFileText, quotesUsed } from "../../io/analysisFile";

/** The one way Ontrafel hands the person a file: a download under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface AnalysisSource {
  analysis: Analysis;
  /** The loaded corpus (null while none is), whose quotes the file includes. */
  corpusId: string | null;
  quotes: readonly Quote[];
}

/** The analysis as a self-contained Ontrafel JSON file. */
export function analysisJsonFile(
  source: AnalysisSource,
  now: Date,
): { blob: Blob; fileName: string } {
  const quotes = quotesUsed(source.analysis, source.corpusId, source.quotes);
  return {
    blob: new Blob([analysisFileText(source.analysis, quotes, now)], { type: "application/json" }),
    fileName: analysisFileName(source.analysis, now),
  };
}

/** Downloads the analysis straight from memory: works when storage does not. */
export function downloadAnalysisJson(source: AnalysisSource, now = new Date()): string {
  const { blob, fileName } = analysisJsonFile(source, now);
  downloadBlob(blob, fileName);
  return fileName;
}

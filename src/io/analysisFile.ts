import { ANALYSIS_SCHEMA_VERSION, type Analysis } from "../domain/analysis/analysis";

/** Identifies an Ontrafel analysis file; the full import/export pipeline builds on this envelope. */
export const ANALYSIS_FILE_FORMAT = "ontrafel-analysis";

export interface AnalysisFile {
  format: typeof ANALYSIS_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  analysis: Analysis;
}

export function analysisFile(analysis: Analysis, appVersion: string): AnalysisFile {
  return {
    format: ANALYSIS_FILE_FORMAT,
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    appVersion,
    analysis,
  };
}

/** Pretty JSON, readable and diffable by people. */
export function analysisFileText(analysis: Analysis, appVersion: string): string {
  return `${JSON.stringify(analysisFile(analysis, appVersion), null, 2)}\n`;
}

/** "<title>-<yyyy-mm-dd>.ontrafel.json", with characters file systems refuse replaced. */
export function analysisFileName(analysis: Analysis, date: Date): string {
  const title =
    analysis.title
      .normalize("NFC")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\.+/, "")
      .slice(0, 80) || "analyse";
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, "0"),
    String(date.getDate()).padStart(2, "0"),
  ].join("-");
  return `${title}-${day}.ontrafel.json`;
}

import packageJson from "../../package.json";
import type { Analysis } from "../domain/analysis/analysis";
import { analysisFileName, analysisFileText } from "../io/analysisFile";

export const APP_VERSION: string = packageJson.version;

/** Downloads the analysis as a file, straight from memory: works when storage does not. */
export function downloadAnalysis(analysis: Analysis, now = new Date()): void {
  const blob = new Blob([analysisFileText(analysis, APP_VERSION)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = analysisFileName(analysis, now);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

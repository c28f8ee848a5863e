import type { Analysis } from "../../domain/analysis/analysis";
import { analysisDrift, quotesById } from "../../domain/analysis/quoteDrift";
import { importedTitle } from "../../domain/analysis/titles";
import type { Quote } from "../../domain/corpus/quote";
import { importErrorMessage } from "../../i18n/importError";
import type { Language, Translate } from "../../i18n/messages";
import type { ImportFile } from "../../io/readImport";
import { saveAnalysis } from "../../persistence/analysisRepo";
import { storedCorpusIds } from "../../persistence/corpusRepo";
import type { OntrafelDb } from "../../persistence/db";
import { repairSummary } from "./importMessage";

export interface ImportTarget {
  db: OntrafelDb;
  /** The loaded corpus: quotes it lacks are marked on the imported cards. */
  corpusId: string;
  quotes: readonly Quote[];
  language: Language;
  newId(): string;
  now(): number;
  /** Marks the imported copy's title, e.g. " (geïmporteerd)". */
  titleSuffix: string;
}

/** The message is put into words when shown, in the language of that moment. */
export type ImportOutcome =
  | { ok: true; analysis: Analysis; message(t: Translate): string }
  | { ok: false; message(t: Translate): string };

/**
 * Imports a file as a new analysis: the pipeline (loaded on first use) checks everything first;
 * only then is the analysis stored, in one transaction, under a new id. The message says what
 * was imported, which quotes are missing here and what was repaired, or why nothing was stored.
 */
export async function importFileAsNew(
  file: ImportFile,
  target: ImportTarget,
): Promise<ImportOutcome> {
  const failed = (problem: (t: Translate) => string): ImportOutcome => ({
    ok: false,
    message: (t) => t("transfer.importFailed", { file: file.name, problem: problem(t) }),
  });
  try {
    const [{ readImportFile }, { asNewAnalysis }] = await Promise.all([
      import("../../io/readImport"),
      import("../../io/asNewAnalysis"),
    ]);
    const read = await readImportFile(file, {
      corpusId: target.corpusId,
      quotes: target.quotes,
      now: target.now(),
    });
    if (!read.ok) {
      const error = read.error;
      const about = { name: file.name, size: file.size, format: "analysis" } as const;
      return { ok: false, message: (t) => importErrorMessage(t, error, about) };
    }
    const knownCorpusIds = await storedCorpusIds(target.db);
    const analysis = asNewAnalysis(
      {
        ...read.value.analysis,
        title: importedTitle(read.value.analysis.title, target.titleSuffix),
      },
      {
        id: target.newId(),
        now: target.now(),
        corpusId: target.corpusId,
        knownCorpusIds,
      },
    );
    await saveAnalysis(target.db, analysis);
    const drift = analysisDrift(analysis, target.corpusId, quotesById(target.quotes));
    const missing = [...drift.values()].filter((d) => d === "missing").length;
    const repairs = read.value.repairs;
    const message = (t: Translate) =>
      [
        t("transfer.imported", { file: file.name, title: analysis.title || t("canvas.untitled") }),
        missing === 1
          ? t("transfer.importedMissingQuote")
          : missing > 1
            ? t("transfer.importedMissingQuotes", { count: missing })
            : "",
        repairSummary(t, repairs),
      ]
        .filter(Boolean)
        .join(" ");
    return { ok: true, analysis, message };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(() => reason);
  }
}

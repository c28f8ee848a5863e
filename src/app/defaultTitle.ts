import { uniqueTitle } from "../domain/analysis/titles";
import { formatDate } from "../i18n/dates";
import { type Language, translate } from "../i18n/messages";
import { listAnalysisRows } from "../persistence/analysisRepo";
import type { OntrafelDb } from "../persistence/db";

/**
 * The title a new analysis starts with: "Analyse 5 december 2026", then "(2)", so that two
 * analyses never share one (the overview would show rows that differ only by seconds).
 */
export async function defaultTitle(
  db: OntrafelDb | null,
  language: Language,
  now: number,
): Promise<string> {
  const taken = db ? (await listAnalysisRows(db)).map((r) => r.title) : [];
  const date = formatDate(language, now, "longDate");
  return uniqueTitle(translate(language, "analysis.defaultTitle", { date }), taken);
}

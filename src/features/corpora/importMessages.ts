import type { ImportError, ImportWarning } from "../../domain/corpus/import";
import type { SourceFormat } from "../../domain/corpus/import/result";
import { type Language, type MessageKey, translate } from "../../i18n/messages";
import { describeSchemaIssue } from "../../i18n/schemaIssue";

const MB = 1024 * 1024;

/** "regel 3", "rij 3", "pagina 2" or a JSON path: where in the file something is. */
export function placeIn(language: Language, format: SourceFormat, where: string): string {
  return where ? translate(language, `corpora.where.${format}` as MessageKey, { where }) : "";
}

/** The Dutch (or English) message for an import error, naming the file and the place. */
export function importErrorMessage(
  language: Language,
  error: ImportError,
  file: { name: string; size: number },
  format: SourceFormat,
): string {
  const where = placeIn(language, format, error.where);
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return translate(language, `corpora.error.${error.code}` as MessageKey, {
    file: `‘${file.name}’`,
    size: (file.size / MB).toFixed(0),
    detail: error.issue
      ? describeSchemaIssue(t, error.issue)
      : error.at
        ? t("issue.syntaxAt", error.at)
        : error.detail,
    where: where && error.code !== "jsonInvalid" ? `, ${where}` : error.where,
  });
}

export function importWarningMessage(
  language: Language,
  warning: ImportWarning,
  format: SourceFormat,
): string {
  return translate(language, `corpora.warning.${warning.code}` as MessageKey, {
    count: warning.count,
    where: placeIn(language, format, warning.where),
  });
}

import type { ImportWarning, SourceFormat } from "../../domain/corpus/import";
import { placeIn } from "../../i18n/importError";
import type { MessageKey, Translate } from "../../i18n/messages";

/** What the preview points out about a parsed source, with the first place it happens. */
export function importWarningMessage(
  t: Translate,
  warning: ImportWarning,
  format: SourceFormat,
): string {
  return t(`corpora.warning.${warning.code}` as MessageKey, {
    count: warning.count,
    where: placeIn(t, format, warning.where),
  });
}

import { ANALYSIS_SCHEMA_VERSION } from "../../domain/analysis/analysis";
import type { MessageKey } from "../../i18n/messages";
import { describeSchemaIssue } from "../../i18n/schemaIssue";
import type { ImportError } from "../../io/importError";
import type { Repair } from "../../io/repair";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const MB = 1024 * 1024;

/** What is wrong with a file, and where, as a clause for "‘file’ kan niet worden geïmporteerd: …". */
export function importProblem(t: T, error: ImportError): string {
  switch (error.kind) {
    case "empty":
      return t("transfer.error.empty");
    case "tooLarge":
      return t("transfer.error.tooLarge", {
        size: Math.ceil((error.bytes / MB) * 10) / 10,
        limit: error.limit / MB,
      });
    case "binary":
      return t("transfer.error.binary");
    case "syntax":
      return t("transfer.error.syntax", { line: error.line, column: error.column });
    case "tooDeep":
      return t("transfer.error.tooDeep", { limit: error.limit, path: error.path });
    case "forbiddenKey":
      return t("transfer.error.forbiddenKey", { key: error.key, path: error.path });
    case "wrongFormat":
      return error.found === null
        ? t("transfer.error.notOurs")
        : t("transfer.error.wrongFormat", { found: error.found });
    case "tooNew":
      return t("transfer.error.tooNew", {
        version: String(error.version),
        supported: String(ANALYSIS_SCHEMA_VERSION),
      });
    case "invalid":
      return t("transfer.error.invalid", {
        path: error.path,
        message: describeSchemaIssue(t, error.issue),
      });
    case "pngDamaged":
      return t("transfer.error.pngDamaged");
    case "pngWithoutAnalysis":
      return t("transfer.error.pngWithoutAnalysis");
  }
}

const REPAIR_KEYS: Record<Repair["kind"], MessageKey> = {
  danglingEdge: "transfer.repair.danglingEdge",
  duplicateNode: "transfer.repair.duplicateNode",
  duplicateEdge: "transfer.repair.duplicateEdge",
  danglingCluster: "transfer.repair.danglingCluster",
  danglingVote: "transfer.repair.danglingVote",
};

/** "Hersteld: 2 verbindingen naar ontbrekende elementen weggelaten; …." or "" when nothing was. */
export function repairSummary(t: T, repairs: readonly Repair[]): string {
  const counts = new Map<Repair["kind"], number>();
  for (const r of repairs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (counts.size === 0) return "";
  const details = [...counts].map(([kind, count]) => t(REPAIR_KEYS[kind], { count })).join("; ");
  return t("transfer.repaired", { details });
}

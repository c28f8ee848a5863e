import { ANALYSIS_SCHEMA_VERSION } from "../domain/analysis/analysis";
import type { SourceFormat } from "../domain/corpus/import/parsedCorpus";
import type { ImportError } from "../domain/importError";
import type { MessageKey, Translate } from "./messages";
import { describeSchemaIssue } from "./schemaIssue";

const MB = 1024 * 1024;

/** The file a message is about: an analysis (JSON, PNG, JSON Canvas) or a corpus source. */
export interface ImportedFile {
  name: string;
  size: number;
  format: SourceFormat | "analysis";
}

/** "regel 3", "rij 3", "pagina 2" or a JSON path: where in the file something is. */
export function placeIn(t: Translate, format: ImportedFile["format"], where: string): string {
  if (!where) return "";
  return format === "analysis" ? where : t(`corpora.where.${format}` as MessageKey, { where });
}

/**
 * The one way an import error is put into words, in the person's language. An analysis file
 * gets "‘file’ kan niet worden geïmporteerd: <what is wrong>."; a corpus source gets a sentence of
 * its own that also says nothing was stored (the wording each dialog has always shown).
 */
export function importErrorMessage(t: Translate, error: ImportError, file: ImportedFile): string {
  const analysis = file.format === "analysis";
  const failed = (key: MessageKey, params?: Record<string, string | number>) =>
    t("transfer.importFailed", { file: file.name, problem: t(key, params) });
  const corpus = (key: MessageKey, params?: Record<string, string>) =>
    t(key, { file: `‘${file.name}’`, ...params });
  const at = (where: number | undefined) =>
    where === undefined ? "" : `, ${placeIn(t, file.format, String(where))}`;
  switch (error.kind) {
    case "empty":
      return analysis ? failed("transfer.error.empty") : corpus("corpora.error.empty");
    case "tooLarge":
      return analysis
        ? failed("transfer.error.tooLarge", {
            size: Math.ceil((error.bytes / MB) * 10) / 10,
            limit: error.limit / MB,
          })
        : corpus("corpora.error.tooLarge", {
            size: (error.bytes / MB).toFixed(0),
            detail: `${Math.round(error.limit / MB)}`,
          });
    case "syntax":
      return analysis
        ? failed("transfer.error.syntax", { line: error.line, column: error.column })
        : corpus("corpora.error.jsonSyntax", {
            detail: t("issue.syntaxAt", { line: error.line, column: error.column }),
          });
    case "invalid":
      return analysis
        ? failed("transfer.error.invalid", {
            path: error.path,
            message: describeSchemaIssue(t, error.issue),
          })
        : corpus("corpora.error.jsonInvalid", {
            // Corpus paths have no "$": the whole file is named in words.
            where: error.path || t("issue.root"),
            detail: describeSchemaIssue(t, error.issue),
          });
    case "tooNew":
      return analysis
        ? failed("transfer.error.tooNew", {
            version: String(error.version),
            supported: String(ANALYSIS_SCHEMA_VERSION),
          })
        : corpus("corpora.error.jsonTooNew", { detail: String(error.version) });
    // Only analysis files can go wrong these ways.
    case "binary":
      return failed("transfer.error.binary");
    case "tooDeep":
      return failed("transfer.error.tooDeep", { limit: error.limit, path: error.path });
    case "forbiddenKey":
      return failed("transfer.error.forbiddenKey", { key: error.key, path: error.path });
    case "wrongFormat":
      return error.found === null
        ? failed("transfer.error.notOurs")
        : failed("transfer.error.wrongFormat", { found: error.found });
    case "belongsElsewhere":
      // A corpus file reaches only the analysis import with this, an analysis file only the corpus one.
      if (analysis) return failed("transfer.error.isCorpus");
      return corpus(error.is === "canvas" ? "corpora.error.isCanvas" : "corpora.error.isAnalysis");
    case "pngDamaged":
      return failed("transfer.error.pngDamaged");
    case "pngWithoutAnalysis":
      return failed("transfer.error.pngWithoutAnalysis");
    // Only corpus sources can go wrong these ways.
    case "encoding":
      return corpus("corpora.error.encoding", {
        detail: t(`corpora.encoding.${error.found}`),
        where: at(error.line),
      });
    case "unsupportedType":
      return corpus("corpora.error.unsupportedType");
    case "noQuotes":
      return corpus("corpora.error.noQuotes");
    case "csvNoTextColumn":
      return corpus("corpora.error.csvNoTextColumn", { detail: error.columns.join(", ") });
    case "csvUnreadable":
      return corpus("corpora.error.csvUnreadable", { where: at(error.row) });
    case "pdfNoText":
      return corpus("corpora.error.pdfNoText");
    case "pdfUnreadable":
      return corpus("corpora.error.pdfUnreadable", { detail: error.reason });
  }
}

import {
  type CsvMapping,
  type CsvTable,
  mapCsv,
  readSource,
  type SourceStep,
} from "../../domain/corpus/import";
import type { ImportResult } from "../../domain/importError";

/** Work for the import worker: read a file, or turn a mapped CSV table into quotes. */
export type ImportJob =
  | { id: number; kind: "file"; name: string; bytes: ArrayBuffer }
  | { id: number; kind: "csv"; name: string; table: CsvTable; mapping: CsvMapping };

/**
 * The worker answers twice for a parsed corpus: first the preview, then (while the person
 * reads it) the search index of its quotes, so storing need not build it on the page.
 */
export type ImportReply =
  | { id: number; result: ImportResult<SourceStep> }
  | { id: number; index: string | null }
  | { id: number; crash: string };

export function runImportJob(job: ImportJob): ImportResult<SourceStep> {
  return job.kind === "file"
    ? readSource(job.name, new Uint8Array(job.bytes))
    : mapCsv(job.name, job.table, job.mapping);
}

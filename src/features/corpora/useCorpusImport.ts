import { type ChangeEvent, useEffect, useRef, useState } from "react";
import {
  checkSize,
  formatOf,
  type ParsedCorpus,
  type SourceFormat,
  type SourceStep,
} from "../../domain/corpus/import";
import type { ImportResult } from "../../domain/importError";
import { fail as failed } from "../../domain/result";
import { importErrorMessage } from "../../i18n/importError";
import { ImportCancelled } from "../../persistence/corpusRepo";
import { useT } from "../../state/useT";
import type { CorporaService, ImportProgress } from "./corporaService";
import { startImport } from "./importClient";

export type CsvStep = Extract<SourceStep, { kind: "csv" }>;
export interface FileInfo {
  name: string;
  size: number;
  format: SourceFormat;
}

export type Phase =
  | { kind: "idle" }
  | { kind: "reading"; done: number; total: number }
  | { kind: "csv"; step: CsvStep; error: string | null }
  | { kind: "preview"; corpus: ParsedCorpus }
  | { kind: "storing"; progress: ImportProgress };

/** Benchmark marks: file chosen → preview shown, and Opslaan → library shows the corpus. */
export const IMPORT_MARKS = {
  start: "ontrafel:corpus-import-start",
  preview: "ontrafel:corpus-import-preview",
  storeStart: "ontrafel:corpus-import-store-start",
  done: "ontrafel:corpus-import-done",
} as const;

async function readPdf(
  bytes: ArrayBuffer,
  name: string,
  onPage: (d: number, t: number) => void,
  signal: AbortSignal,
): Promise<ImportResult<SourceStep>> {
  const [{ readPdfText }, { pdfToCorpus }] = await Promise.all([
    import("./pdfText"),
    import("../../domain/corpus/import/pdfLayout"),
  ]);
  let pages: Awaited<ReturnType<typeof readPdfText>>;
  try {
    pages = await readPdfText(bytes, onPage, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return failed({
      kind: "pdfUnreadable",
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = pdfToCorpus(pages, name);
  return parsed.ok ? { ok: true, value: { kind: "parsed", corpus: parsed.value } } : parsed;
}

/**
 * The steps of importing a corpus file: read and parse (in a worker; PDFs with pdf.js), for a
 * CSV the chosen columns, the preview, then storing with progress. Nothing is stored before
 * `onStore`, and a cancel or failure stores nothing. Closing the dialog cancels what runs.
 */
export function useCorpusImport(service: CorporaService) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [file, setFile] = useState<FileInfo | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  // The search index the worker builds while the preview is read; null for PDFs.
  const index = useRef<Promise<string | null> | null>(null);
  // Closing the dialog mid-way cancels what runs.
  useEffect(() => () => abort.current?.abort(), []);

  const fail = (text: string) => {
    setPhase({ kind: "idle" });
    setMessage({ text, error: true });
  };

  const show = (result: ImportResult<SourceStep>, info: FileInfo) => {
    if (!result.ok) return fail(importErrorMessage(t, result.error, info));
    performance.mark(IMPORT_MARKS.preview);
    if (result.value.kind === "csv") setPhase({ kind: "csv", step: result.value, error: null });
    else setPhase({ kind: "preview", corpus: result.value.corpus });
  };

  const run = (job: Parameters<typeof startImport>[0], signal?: AbortSignal) => {
    const started = startImport(job, signal);
    index.current = started.index;
    return started.result;
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (!chosen) return;
    for (const mark of Object.values(IMPORT_MARKS)) performance.clearMarks(mark);
    performance.mark(IMPORT_MARKS.start);
    setMessage(null);
    const head = new Uint8Array(await chosen.slice(0, 4).arrayBuffer());
    const info: FileInfo = {
      name: chosen.name,
      size: chosen.size,
      format: formatOf(chosen.name, head) ?? "text",
    };
    setFile(info);
    // The size is checked before a single byte is read: a 200 MB file never enters memory.
    const size = checkSize(chosen.size);
    if (!size.ok) return fail(importErrorMessage(t, size.error, info));
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: "reading", done: 0, total: 0 });
    index.current = null;
    try {
      const bytes = await chosen.arrayBuffer();
      const result =
        info.format === "pdf"
          ? await readPdf(
              bytes,
              chosen.name,
              (done, total) => setPhase({ kind: "reading", done, total }),
              controller.signal,
            )
          : await run({ kind: "file", name: chosen.name, bytes }, controller.signal);
      if (!controller.signal.aborted) show(result, info);
    } catch (error) {
      if (controller.signal.aborted) return;
      fail(
        t("corpora.storeFailed", {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  const onMapped = async (step: CsvStep) => {
    if (!file) return;
    const result = await run({
      kind: "csv",
      name: step.name,
      table: step.table,
      mapping: step.mapping,
    });
    if (result.ok) show(result, file);
    else
      setPhase({
        kind: "csv",
        step,
        error: importErrorMessage(t, result.error, { ...file, format: "csv" }),
      });
  };

  const onStore = async (corpus: ParsedCorpus, name: string) => {
    const controller = new AbortController();
    abort.current = controller;
    performance.mark(IMPORT_MARKS.storeStart);
    const total = corpus.quotes.length;
    setPhase({ kind: "storing", progress: { stage: "indexing", done: 0, total } });
    try {
      const stored = await service.store(corpus, name, {
        signal: controller.signal,
        searchIndex: index.current ?? undefined,
        onProgress: (progress) => setPhase({ kind: "storing", progress }),
      });
      performance.mark(IMPORT_MARKS.done);
      setPhase({ kind: "idle" });
      setMessage({
        text: t("corpora.stored", { name: stored.name, count: stored.quoteCount }),
        error: false,
      });
    } catch (error) {
      if (error instanceof ImportCancelled) {
        setPhase({ kind: "idle" });
        setMessage({ text: t("corpora.cancelled"), error: false });
      } else
        fail(
          t("corpora.storeFailed", {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
    }
  };

  const cancel = () => {
    abort.current?.abort();
    setPhase({ kind: "idle" });
    setMessage({ text: t("corpora.cancelled"), error: false });
  };

  return { phase, setPhase, file, message, onFile, onMapped, onStore, cancel, abort };
}

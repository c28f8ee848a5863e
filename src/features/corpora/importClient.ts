import type { SourceStep } from "../../domain/corpus/import";
import type { ImportResult } from "../../domain/importError";
import { type ImportJob, type ImportReply, runImportJob } from "./importJob";

type Job = ImportJob extends infer J ? (J extends ImportJob ? Omit<J, "id"> : never) : never;

/** A running import job: its result, and later the search index of the quotes it found. */
export interface ImportRun {
  result: Promise<ImportResult<SourceStep>>;
  /** The serialised index, or null when none was built (no quotes, no worker, cancelled). */
  index: Promise<string | null>;
}

let lastId = 0;

/**
 * Runs an import job in a Web Worker, so parsing and indexing 20,000 quotes never block the
 * page. Each job gets its own worker, ended when it has answered or is cancelled. Without
 * Worker support (jsdom in tests) the job runs here and the page builds the index itself.
 */
export function startImport(job: Job, signal?: AbortSignal): ImportRun {
  const full = { ...job, id: ++lastId } as ImportJob;
  if (typeof Worker === "undefined")
    return { result: Promise.resolve(runImportJob(full)), index: Promise.resolve(null) };
  const worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
  let settleResult: (r: ImportResult<SourceStep>) => void = () => {};
  let failResult: (e: Error) => void = () => {};
  let settleIndex: (json: string | null) => void = () => {};
  const result = new Promise<ImportResult<SourceStep>>((resolve, reject) => {
    settleResult = resolve;
    failResult = reject;
  });
  const index = new Promise<string | null>((resolve) => {
    settleIndex = resolve;
  });
  const stop = (error: Error) => {
    worker.terminate();
    signal?.removeEventListener("abort", onAbort);
    failResult(error);
    settleIndex(null);
  };
  const onAbort = () => stop(new DOMException("cancelled", "AbortError"));
  signal?.addEventListener("abort", onAbort, { once: true });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if ("crash" in reply) stop(new Error(reply.crash));
    else if ("result" in reply) settleResult(reply.result);
    else {
      settleIndex(reply.index);
      stop(new Error("done"));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop(new Error(event.message || "import worker failed"));
  };
  worker.postMessage(full, full.kind === "file" ? [full.bytes] : []);
  return { result, index };
}

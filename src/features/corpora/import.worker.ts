/// <reference lib="webworker" />
import { serializeQuoteSearch } from "../../domain/corpus/search";
import { type ImportJob, type ImportReply, runImportJob } from "./importJob";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ImportReply) => scope.postMessage(reply);

scope.onmessage = (event: MessageEvent<ImportJob>) => {
  const { id } = event.data;
  try {
    const result = runImportJob(event.data);
    post({ id, result });
    const quotes = result.ok && result.value.kind === "parsed" ? result.value.corpus.quotes : null;
    post({ id, index: quotes ? serializeQuoteSearch(quotes) : null });
  } catch (error) {
    post({ id, crash: error instanceof Error ? error.message : String(error) });
  }
};

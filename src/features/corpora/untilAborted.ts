import { ImportCancelled } from "../../persistence/corpusRepo";

/** `promise`, or ImportCancelled as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ImportCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ImportCancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

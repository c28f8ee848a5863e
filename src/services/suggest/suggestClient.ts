import type {
  GroupFit,
  QuoteGroup,
  SimilarQuote,
  SuggestCorpus,
  Suggestions,
} from "../../domain/suggest/engine";
import { packCorpus, transferOf } from "./packedCorpus";
import type { SuggestReply, SuggestRequest } from "./suggestJob";

export interface SuggestClient {
  /** The quotes suggestions are made from; replaces the previous corpus. */
  setCorpus(corpus: SuggestCorpus): void;
  similar(quoteId: string, count: number): Promise<SimilarQuote[]>;
  /** The `count` groups the quote fits best, best first ("bij welk cluster hoort dit?"). */
  fit(quoteId: string, groups: readonly QuoteGroup[], count: number): Promise<GroupFit[]>;
  /**
   * About `clusters` clusters of the quotes; `onProgress` hears the share done (0..1).
   * Aborting rejects with an AbortError and stops the work at once (the worker is ended and
   * a new one started for the next question).
   */
  propose(
    quoteIds: readonly string[],
    clusters: number,
    options?: { onProgress?: (done: number) => void; signal?: AbortSignal },
  ): Promise<Suggestions>;
  dispose(): void;
}

interface Pending {
  resolve(reply: SuggestReply): void;
  reject(error: Error): void;
  onProgress?: (done: number) => void;
}

interface Channel {
  /** `transfer`: buffers handed over with the request (the worker owns them afterwards). */
  send(request: SuggestRequest, transfer?: Transferable[]): void;
  stop(): void;
}

/**
 * The suggestions engine in a Web Worker, so indexing a corpus and clustering thousands of
 * quotes never block the page. Without Worker support (jsdom in tests) it runs on the page.
 */
export function createSuggestClient(): SuggestClient {
  let corpus: SuggestCorpus = { ids: [], texts: [] };
  let channel: Channel | null = null;
  const pending = new Map<number, Pending>();
  let lastId = 0;

  const receive = (reply: SuggestReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if ("progress" in reply) waiting.onProgress?.(reply.progress);
    else {
      pending.delete(reply.id);
      if ("crash" in reply) waiting.reject(new Error(reply.crash));
      else waiting.resolve(reply);
    }
  };

  const fail = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  function open(): Channel {
    if (typeof Worker === "undefined") return onThePage();
    const worker = new Worker(new URL("./suggest.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<SuggestReply>) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      channel = null;
      worker.terminate();
      fail(new Error(event.message || "suggestions worker failed"));
    };
    return {
      send: (request, transfer = []) => worker.postMessage(request, transfer),
      stop: () => worker.terminate(),
    };
  }

  /**
   * Without Worker support the engine is loaded here, on first use: imported lazily so the
   * stemmer and stopword lists never enter the first screen's bundle.
   */
  function onThePage(): Channel {
    const queue: SuggestRequest[] = [];
    let respond: ((request: SuggestRequest) => void) | null = null;
    let stopped = false;
    void import("./suggestJob").then(({ createSuggestResponder }) => {
      if (stopped) return;
      respond = createSuggestResponder((reply) => queueMicrotask(() => receive(reply)));
      for (const request of queue.splice(0)) respond(request);
    });
    return {
      send: (request) => (respond ? respond(request) : queue.push(request)),
      stop: () => {
        stopped = true;
      },
    };
  }

  /** The corpus packed afresh for each send: its buffers go to the worker, none stay here. */
  const sendCorpus = (to: Channel) => {
    const packed = packCorpus(corpus);
    to.send({ kind: "corpus", corpus: packed }, transferOf(packed));
  };

  function ask(request: SuggestRequest & { id: number }, waiting: Pending) {
    if (!channel) {
      channel = open();
      sendCorpus(channel);
    }
    pending.set(request.id, waiting);
    channel.send(request);
  }

  return {
    setCorpus(next) {
      corpus = { ids: [...next.ids], texts: [...next.texts] };
      if (channel) sendCorpus(channel);
    },
    similar(quoteId, count) {
      return new Promise((resolve, reject) => {
        ask(
          { kind: "similar", id: ++lastId, quoteId, count },
          { resolve: (r) => resolve("similar" in r ? r.similar : []), reject },
        );
      });
    },
    fit(quoteId, groups, count) {
      return new Promise((resolve, reject) => {
        ask(
          { kind: "fit", id: ++lastId, quoteId, groups: groups.map((g) => ({ ...g })), count },
          { resolve: (r) => resolve("fits" in r ? r.fits : []), reject },
        );
      });
    },
    propose(quoteIds, clusters, options = {}) {
      const { signal, onProgress } = options;
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(new DOMException("cancelled", "AbortError"));
          return;
        }
        const id = ++lastId;
        const onAbort = () => {
          pending.delete(id);
          // The worker may be deep in a clustering: end it, the next question opens another.
          channel?.stop();
          channel = null;
          fail(new DOMException("cancelled", "AbortError"));
          reject(new DOMException("cancelled", "AbortError"));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const done = () => signal?.removeEventListener("abort", onAbort);
        ask(
          { kind: "propose", id, quoteIds: [...quoteIds], clusters },
          {
            resolve: (r) => {
              done();
              resolve("suggestions" in r ? r.suggestions : { clusters: [], unassigned: [] });
            },
            reject: (error) => {
              done();
              reject(error);
            },
            ...(onProgress ? { onProgress } : {}),
          },
        );
      });
    },
    dispose() {
      channel?.stop();
      channel = null;
      fail(new DOMException("disposed", "AbortError"));
    },
  };
}

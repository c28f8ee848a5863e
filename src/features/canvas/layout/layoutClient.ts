import type { LayoutPositions, LayoutRequest } from "../../../domain/analysis/layoutGraph";
import { computeElkLayout } from "./elkLayout";
import type { LayoutJob, LayoutReply } from "./layout.worker";

interface Waiting {
  resolve: (positions: LayoutPositions) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let lastJobId = 0;
const waiting = new Map<number, Waiting>();

/**
 * Lays out a request with ELK in a Web Worker, so a large layout never blocks the page.
 * The worker (and with it elkjs, about 1.5 MB) is loaded on the first call. Without Worker
 * support (jsdom in tests) ELK is loaded and run on the main thread instead.
 */
export function layoutInWorker(request: LayoutRequest): Promise<LayoutPositions> {
  if (typeof Worker === "undefined") return layoutOnMainThread(request);
  const target = worker ?? startWorker();
  const id = ++lastJobId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const job: LayoutJob = { id, request };
    target.postMessage(job);
  });
}

function startWorker(): Worker {
  const started = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  started.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    const caller = waiting.get(reply.id);
    if (caller === undefined) return;
    waiting.delete(reply.id);
    if ("error" in reply) caller.reject(new Error(reply.error));
    else caller.resolve(reply.positions);
  };
  // The worker failed to load or died: fail what it was doing and start afresh next time.
  started.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    const error = new Error(event.message || "layout worker failed");
    for (const caller of waiting.values()) caller.reject(error);
    waiting.clear();
    started.terminate();
    if (worker === started) worker = null;
  };
  worker = started;
  return started;
}

async function layoutOnMainThread(request: LayoutRequest): Promise<LayoutPositions> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  return computeElkLayout(request, new ELK());
}

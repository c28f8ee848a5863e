import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LayoutRequest } from "../../../domain/analysis/layoutGraph";
import type { LayoutJob, LayoutReply } from "./layout.worker";

const chain: LayoutRequest = {
  boxes: [
    { id: "c", width: 220, height: 80, role: "cause", kind: "factor" },
    { id: "p", width: 220, height: 80, role: "problem", kind: "factor" },
  ],
  links: [{ source: "c", target: "p" }],
};

/** Stands in for the browser's Worker: records jobs, lets the test answer them. */
class FakeWorker {
  static started: FakeWorker[] = [];
  jobs: LayoutJob[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(job: LayoutJob) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: LayoutReply) {
    this.onmessage?.({ data } as MessageEvent<LayoutReply>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

async function freshClient() {
  vi.resetModules();
  return import("./layoutClient");
}

describe("layoutInWorker", () => {
  beforeEach(() => {
    FakeWorker.started = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("runs ELK on the main thread where there is no Worker", async () => {
    expect(typeof Worker).toBe("undefined");
    const { layoutInWorker } = await freshClient();
    const positions = await layoutInWorker(chain);
    expect((positions.c?.y ?? 0) > (positions.p?.y ?? 0)).toBe(true);
  });

  it("starts one module worker on first use and pairs replies with their callers", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const { layoutInWorker } = await freshClient();
    const first = layoutInWorker(chain);
    const second = layoutInWorker(chain);
    expect(FakeWorker.started).toHaveLength(1);
    const worker = FakeWorker.started[0] as FakeWorker;
    expect(worker.options).toEqual({ type: "module" });
    expect(worker.url.pathname).toMatch(/layout\.worker\.ts$/);
    const [a, b] = worker.jobs as [LayoutJob, LayoutJob];
    worker.reply({ id: b.id, positions: { p: { x: 2, y: 2 } } });
    worker.reply({ id: a.id, positions: { p: { x: 1, y: 1 } } });
    await expect(first).resolves.toEqual({ p: { x: 1, y: 1 } });
    await expect(second).resolves.toEqual({ p: { x: 2, y: 2 } });
  });

  it("rejects when the worker reports an error", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const { layoutInWorker } = await freshClient();
    const result = layoutInWorker(chain);
    const worker = FakeWorker.started[0] as FakeWorker;
    worker.reply({ id: (worker.jobs[0] as LayoutJob).id, error: "boom" });
    await expect(result).rejects.toThrow("boom");
  });

  it("fails waiting jobs when the worker dies, and starts a new one next time", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const { layoutInWorker } = await freshClient();
    const result = layoutInWorker(chain);
    const dead = FakeWorker.started[0] as FakeWorker;
    dead.fail("could not load");
    await expect(result).rejects.toThrow("could not load");
    expect(dead.terminated).toBe(true);
    void layoutInWorker(chain);
    expect(FakeWorker.started).toHaveLength(2);
  });
});

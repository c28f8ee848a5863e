import { ReactFlowProvider } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import { Canvas } from "../../../src/features/canvas/Canvas";
import { arrangeAnalysis } from "../../../src/features/canvas/layout/arrange";
import { useCanvasCommands } from "../../../src/features/canvas/useCanvasCommands";
import { createAppStore } from "../../../src/state/createAppStore";
import { StoreProvider } from "../../../src/state/StoreProvider";
import { InitProbe, isInitialised } from "./initProbe";
import "../../../src/styles.css";
import type { ElkNode } from "elkjs/lib/elk.bundled.js";
import type { Analysis } from "../../../src/domain/analysis/analysis";
import { layoutRequestFor } from "../../../src/domain/analysis/layoutGraph";
import { arrangeTree } from "../../../src/domain/layout/arrangeTree";
import { arrangeClusterCards } from "../../../src/domain/layout/clusterGrid";
import { type PlacedBox, tooClose, topLevelBoxes } from "../../../src/domain/layout/freeSpot";
import { makeSyntheticAnalysis } from "../../helpers/syntheticAnalysis";
import { watchFirstRender } from "./canvasProbe";
import { runWhenLoaded } from "./runWhenLoaded";

/** Pairs of boxes that overlap, found with a sweep along x. */
function overlappingPairs(boxes: readonly PlacedBox[]): number {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  let count = 0;
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (b.x >= a.x + a.width) break;
      if (tooClose(a, b, 0)) count++;
    }
  });
  return count;
}

// ?quotes=300&clusters=60&factors=140&links=500&warmups=1&runs=5: "Boom ordenen" on the real
// canvas, as the toolbar runs it (arrangeTree, positions applied as one store change),
// timed from the click's call until the moved nodes are painted. A ticker on the main thread
// records the longest stretch it could not run: what the user feels as a freeze.

export interface LayoutBenchResult {
  nodes: number;
  edges: number;
  /** The first layout: loads the worker and elkjs. */
  coldMs: number;
  samples: number[];
  /** Longest main-thread stall per counted run, ms. */
  blocks: number[];
  /** Pairs of top-level boxes that overlap after the layout (must be 0). */
  overlaps: number;
  /** The floor: ELK alone in a worker on the same boxes and links; first call, then the runs. */
  elkColdMs: number;
  elkSamples: number[];
  /** ELK's layout back and then the same two frames ours waits for, as painting it would. */
  elkPaintedSamples: number[];
  /** arrangeTree alone (the pure computation, no store or painting). */
  computeSamples: number[];
}

declare global {
  interface Window {
    __layoutBench?: LayoutBenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const param = (name: string, fallback: number) => Number(params.get(name) ?? fallback) || fallback;
const noop = () => {};
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function OntrafelCanvas() {
  return <Canvas commands={useCanvasCommands()} snapToGrid onKeyDown={noop} />;
}

/** Measures the longest gap between ticks of a 1 ms interval until stopped. */
function startStallProbe(): () => number {
  let last = performance.now();
  let worst = 0;
  const id = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  return () => {
    clearInterval(id);
    return Math.max(worst, performance.now() - last);
  };
}

/**
 * The graph arrangeTree lays out (its top-level boxes at their sizes once clusters have their
 * cards in a grid, and the causes links between them) as ELK takes it.
 */
function elkGraphOf(analysis: Analysis): ElkNode {
  const clusters = new Set(analysis.nodes.filter((n) => n.kind === "cluster").map((n) => n.id));
  const request = layoutRequestFor(arrangeClusterCards(analysis, clusters));
  return {
    id: "root",
    layoutOptions: { "elk.algorithm": "layered", "elk.direction": "UP" },
    children: request.boxes.map((b) => ({ id: b.id, width: b.width, height: b.height })),
    edges: request.links.map((l, i) => ({ id: `e${i}`, sources: [l.source], targets: [l.target] })),
  };
}

/** ELK in a worker of its own: the time from sending the graph to having the layout back. */
async function elkFloor(analysis: Analysis, runs: number) {
  const graph = elkGraphOf(analysis);
  const coldStart = performance.now();
  const worker = new Worker(new URL("./elkFloorWorker.ts", import.meta.url), { type: "module" });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      worker.onmessage = (event: MessageEvent<{ ok: boolean; error?: string }>) => {
        if (event.data.ok) resolve(performance.now() - start);
        else reject(new Error(`ELK failed: ${event.data.error}`));
      };
      worker.postMessage(graph);
    });
  await once();
  const elkColdMs = performance.now() - coldStart;
  const elkSamples: number[] = [];
  const elkPaintedSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    elkSamples.push(await once());
    await frame();
    await frame();
    elkPaintedSamples.push(performance.now() - start);
  }
  worker.terminate();
  return { elkColdMs, elkSamples, elkPaintedSamples };
}

async function run(): Promise<LayoutBenchResult> {
  const analysis = makeSyntheticAnalysis({
    quotes: param("quotes", 300),
    clusters: param("clusters", 60),
    factors: param("factors", 140),
    links: param("links", 500),
    viewport: { x: 20, y: 20, zoom: 0.3 },
  });
  const store = createAppStore({ language: "nl" });
  store.getState().openAnalysis(analysis);
  const root = document.getElementById("root");
  if (!root) throw new Error("layout.html lacks #root");
  createRoot(root).render(
    <ReactFlowProvider>
      <InitProbe />
      <StoreProvider store={store}>
        <OntrafelCanvas />
      </StoreProvider>
    </ReactFlowProvider>,
  );
  await new Promise<void>((resolve) =>
    watchFirstRender(performance.now(), isInitialised, () => resolve()),
  );

  const once = async () => {
    // Back to the synthetic grid, so every run lays out the same board.
    store.getState().openAnalysis(analysis);
    await frame();
    await frame();
    const stop = startStallProbe();
    const start = performance.now();
    if (!(await arrangeAnalysis(store, false))) throw new Error("nothing to lay out");
    await frame();
    await frame();
    const ms = performance.now() - start;
    return { ms, block: stop() };
  };
  const coldMs = (await once()).ms;
  for (let i = 1; i < param("warmups", 1); i++) await once();
  const samples: number[] = [];
  const blocks: number[] = [];
  for (let i = 0; i < param("runs", 5); i++) {
    const { ms, block } = await once();
    samples.push(ms);
    blocks.push(block);
  }
  const floor = await elkFloor(analysis, param("runs", 5));
  const computeSamples: number[] = [];
  for (let i = 0; i < param("runs", 5); i++) {
    const start = performance.now();
    if (arrangeTree(analysis) === analysis) throw new Error("nothing to lay out");
    computeSamples.push(performance.now() - start);
  }
  return {
    ...floor,
    computeSamples,
    overlaps: overlappingPairs(topLevelBoxes(store.getState().analysis)),
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
    coldMs,
    samples,
    blocks,
  };
}

runWhenLoaded(run, (outcome) => {
  window.__layoutBench = outcome;
});

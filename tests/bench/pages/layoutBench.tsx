import { ReactFlowProvider } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import { Canvas } from "../../../src/features/canvas/Canvas";
import { arrangeAnalysis } from "../../../src/features/canvas/layout/arrange";
import { useCanvasCommands } from "../../../src/features/canvas/useCanvasCommands";
import { createAppStore } from "../../../src/state/createAppStore";
import { StoreProvider } from "../../../src/state/StoreProvider";
import { InitProbe, isInitialised } from "./initProbe";
import "../../../src/styles.css";
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
  return {
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

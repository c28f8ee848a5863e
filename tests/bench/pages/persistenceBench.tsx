import { ReactFlowProvider } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import { startTabSync } from "../../../src/app/tabs/tabSync";
import type { Analysis } from "../../../src/domain/analysis/analysis";
import { setTitle } from "../../../src/domain/analysis/operations";
import { Canvas } from "../../../src/features/canvas/Canvas";
import { useCanvasCommands } from "../../../src/features/canvas/useCanvasCommands";
import { loadAnalysis, saveAnalysis } from "../../../src/persistence/analysisRepo";
import { OntrafelDb } from "../../../src/persistence/db";
import { createAppStore } from "../../../src/state/createAppStore";
import { StoreProvider } from "../../../src/state/StoreProvider";
import { InitProbe, isInitialised } from "./initProbe";
import "../../../src/styles.css";
import { makeSyntheticAnalysis } from "../../helpers/syntheticAnalysis";
import { watchFirstRender } from "./canvasProbe";
import { runWhenLoaded } from "./runWhenLoaded";

// ?n=2000&clusters=100&links=2000&runs=7: save_ms (the app's save of an edit: tab check and
// one IndexedDB transaction writing the whole analysis), then load-to-rendered in a fresh page section: read + validate + mount the real
// canvas until React Flow has measured and painted the visible nodes.

export interface PersistenceBenchResult {
  saveSamples: number[];
  readSamples: number[];
  loadToRenderedMs: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    __persistenceBench?: PersistenceBenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const param = (name: string, fallback: number) => Number(params.get(name) ?? fallback) || fallback;
const noop = () => {};

function OntrafelCanvas() {
  return <Canvas commands={useCanvasCommands()} snapToGrid onKeyDown={noop} />;
}

async function run(): Promise<PersistenceBenchResult> {
  const analysis = makeSyntheticAnalysis({
    quotes: param("n", 2000),
    clusters: param("clusters", 100),
    links: param("links", 2000),
    viewport: { x: 20, y: 20, zoom: 0.25 },
  });
  const runs = param("runs", 7);
  const db = new OntrafelDb(`bench-${Date.now()}`);
  await db.open();
  await saveAnalysis(db, analysis);
  // The app's save path: the autosave hands each edited document to the tab sync, which checks
  // for a newer copy from another tab and writes, in one transaction.
  const editor = createAppStore({ language: "nl" });
  editor.getState().openAnalysis(analysis);
  const tabs = startTabSync(editor, db, null);
  const saveSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    editor.getState().change((a: Analysis) => setTitle(a, `Bench ${i}`));
    const edited = editor.getState().analysis;
    const start = performance.now();
    await tabs.save(edited);
    if (i > 0) saveSamples.push(performance.now() - start); // the first one warms up
  }
  tabs.stop();
  const readSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = await loadAnalysis(db, analysis.id);
    if (!result?.ok) throw new Error("stored analysis did not read back");
    if (i > 0) readSamples.push(performance.now() - start);
  }

  // Load-to-rendered, as opening an analysis does it: read, validate, open, render.
  const root = document.getElementById("root");
  if (!root) throw new Error("persistence.html lacks #root");
  const start = performance.now();
  const loaded = await loadAnalysis(db, analysis.id);
  if (!loaded?.ok) throw new Error("stored analysis did not read back");
  const store = createAppStore({ language: "nl" });
  store.getState().openAnalysis(loaded.value);
  createRoot(root).render(
    <ReactFlowProvider>
      <InitProbe />
      <StoreProvider store={store}>
        <OntrafelCanvas />
      </StoreProvider>
    </ReactFlowProvider>,
  );
  const loadToRenderedMs = await new Promise<number>((resolve) =>
    watchFirstRender(start, isInitialised, (ms) => resolve(ms)),
  );
  await db.delete();
  return {
    saveSamples,
    readSamples,
    loadToRenderedMs,
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
  };
}

runWhenLoaded(run, (outcome) => {
  window.__persistenceBench = outcome;
});

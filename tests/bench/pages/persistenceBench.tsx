import { ReactFlowProvider } from "@xyflow/react";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { followOpenAnalysis } from "../../../src/app/tabs/followOpenAnalysis";
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
import { BareCanvas } from "./canvasBare";
import { watchFirstRender } from "./canvasProbe";
import { openRawStore } from "./rawIdb";
import { runWhenLoaded } from "./runWhenLoaded";

// ?n=2000&clusters=100&links=2000&runs=7: save_ms (the app's save of an edit: tab check and
// one IndexedDB transaction writing the whole analysis and the Yjs update of the edit), then load-to-rendered in a fresh page section: read + validate + mount the real
// canvas until React Flow has measured and painted the visible nodes. Beside them, the floors:
// raw IndexedDB put and get of the same document in one transaction each. With &floor=1 the
// page instead times the load floor: a raw get and bare React Flow mounting the same board.

export interface PersistenceBenchResult {
  saveSamples: number[];
  readSamples: number[];
  /** Raw IndexedDB put / get of the same document, one transaction each (the storage floor). */
  rawPutSamples: number[];
  rawGetSamples: number[];
  /** Ours: read, validate, open, render; with &floor=1: raw get and bare React Flow's mount. */
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

/** Mounts `element` in #root and resolves once the visible nodes are measured and painted. */
function mountAndWait(element: ReactNode, start: number): Promise<number> {
  const root = document.getElementById("root");
  if (!root) throw new Error("persistence.html lacks #root");
  createRoot(root).render(<ReactFlowProvider>{element}</ReactFlowProvider>);
  return new Promise<number>((resolve) =>
    watchFirstRender(start, isInitialised, (ms) => resolve(ms)),
  );
}

/** The floors of save and load, in one page: raw put/get samples and one bare load. */
async function rawFloors(analysis: Analysis, runs: number, mount: boolean) {
  const raw = await openRawStore(`bench-raw-${Date.now()}`);
  const rawPutSamples: number[] = [];
  const rawGetSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const put = await raw.put(analysis.id, { ...analysis, title: `Bench ${i}` });
    const [get] = await raw.get(analysis.id);
    if (i > 0) {
      rawPutSamples.push(put);
      rawGetSamples.push(get);
    }
  }
  let loadToRenderedMs = 0;
  if (mount) {
    const start = performance.now();
    const [, stored] = await raw.get(analysis.id);
    loadToRenderedMs = await mountAndWait(
      <>
        <InitProbe />
        <BareCanvas analysis={stored as Analysis} extras={false} />
      </>,
      start,
    );
  }
  await raw.delete();
  return { rawPutSamples, rawGetSamples, loadToRenderedMs };
}

async function run(): Promise<PersistenceBenchResult> {
  const analysis = makeSyntheticAnalysis({
    quotes: param("n", 2000),
    clusters: param("clusters", 100),
    links: param("links", 2000),
    viewport: { x: 20, y: 20, zoom: 0.25 },
  });
  const runs = param("runs", 7);
  if (params.get("floor") === "1") {
    const floors = await rawFloors(analysis, runs, true);
    return {
      saveSamples: [],
      readSamples: [],
      ...floors,
      nodes: analysis.nodes.length,
      edges: analysis.edges.length,
    };
  }
  const { rawPutSamples, rawGetSamples } = await rawFloors(analysis, runs, false);
  const db = new OntrafelDb(`bench-${Date.now()}`);
  await db.open();
  await saveAnalysis(db, analysis);
  // The app's save path: the autosave hands each edited document to the open analysis's Yjs
  // document, which applies what another tab stored (none here) and writes the edit's update
  // with the document's reading, in one transaction.
  const editor = createAppStore({ language: "nl" });
  editor.getState().openAnalysis(analysis);
  const opened = followOpenAnalysis(editor, db);
  await opened.ready();
  const saveSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    editor.getState().change((a: Analysis) => setTitle(a, `Bench ${i}`));
    const edited = editor.getState().analysis;
    // As in the app, where the autosave runs 400 ms after the edit: the binding has written the
    // edit into the document by then (at edit time, in a microtask: yjs_edit_2000_ms).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    await opened.save(edited);
    if (i > 0) saveSamples.push(performance.now() - start); // the first one warms up
  }
  opened.stop();
  const readSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = await loadAnalysis(db, analysis.id);
    if (!result?.ok) throw new Error("stored analysis did not read back");
    if (i > 0) readSamples.push(performance.now() - start);
  }

  // Load-to-rendered, as opening an analysis does it: read, validate, open, render.
  const start = performance.now();
  const loaded = await loadAnalysis(db, analysis.id);
  if (!loaded?.ok) throw new Error("stored analysis did not read back");
  const store = createAppStore({ language: "nl" });
  store.getState().openAnalysis(loaded.value);
  const loadToRenderedMs = await mountAndWait(
    <>
      <InitProbe />
      <StoreProvider store={store}>
        <OntrafelCanvas />
      </StoreProvider>
    </>,
    start,
  );
  await db.delete();
  return {
    saveSamples,
    readSamples,
    rawPutSamples,
    rawGetSamples,
    loadToRenderedMs,
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
  };
}

runWhenLoaded(run, (outcome) => {
  window.__persistenceBench = outcome;
});

import { type NodeTypes, ReactFlowProvider } from "@xyflow/react";
import { createRoot } from "react-dom/client";
import { Canvas } from "../../../src/features/canvas/Canvas";
import { NODE_TYPES } from "../../../src/features/canvas/nodes";
import { useCanvasCommands } from "../../../src/features/canvas/useCanvasCommands";
import { createAppStore } from "../../../src/state/createAppStore";
import { StoreProvider } from "../../../src/state/StoreProvider";
import { InitProbe, isInitialised } from "./initProbe";
import "../../../src/styles.css";
import { makeSyntheticAnalysis } from "../../helpers/syntheticAnalysis";
import { BARE_VIEWS, BareCanvas } from "./canvasBare";
import {
  type CanvasBenchApi,
  countingNodeTypes,
  nodePoint,
  panePoint,
  renders,
  resetRenders,
  setViewport,
  startFrames,
  stopFrames,
  ViewportProbe,
  watchFirstRender,
} from "./canvasProbe";

// ?mode=ontrafel|bare&n=2000&clusters=100&links=2000&zoom=0.25. For diagnosis only:
// extras=1 gives the bare canvas our Background, Controls and MiniMap; views=bare gives ours
// the bare node views, views=bare-quote only the quote cards' (views=bare-cluster: only the
// clusters'); minimap=0 hides ours.
const params = new URLSearchParams(location.search);
function numberParam(name: string, fallback: number): number {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) && value > 0 ? value : fallback;
}

const COUNTED_NODE_TYPES = countingNodeTypes(NODE_TYPES);
const noop = () => {};

function nodeTypesFor(views: string | null): NodeTypes {
  if (views === "bare") return BARE_VIEWS;
  const kind = /^bare-(\w+)$/.exec(views ?? "")?.[1];
  const bare = kind ? BARE_VIEWS[kind] : undefined;
  return kind && bare ? { ...COUNTED_NODE_TYPES, [kind]: bare } : COUNTED_NODE_TYPES;
}

function OntrafelCanvas() {
  const commands = useCanvasCommands();
  const nodeTypes = nodeTypesFor(params.get("views"));
  return (
    <Canvas
      commands={commands}
      snapToGrid
      onKeyDown={noop}
      nodeTypes={nodeTypes}
      showMiniMap={params.get("minimap") !== "0"}
    />
  );
}

function mount() {
  const mode = params.get("mode") === "bare" ? "bare" : "ontrafel";
  const zoom = numberParam("zoom", 0.25);
  const analysis = makeSyntheticAnalysis({
    quotes: numberParam("n", 2000),
    clusters: numberParam("clusters", 100),
    links: numberParam("links", 2000),
    viewport: { x: 20, y: 20, zoom },
  });
  const api: CanvasBenchApi = {
    mode,
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
    firstRenderMs: null,
    renderedNodes: 0,
    error: null,
    startFrames,
    stopFrames,
    resetRenders,
    renders,
    panePoint,
    nodePoint,
    setViewport,
  };
  window.__canvasBench = api;
  const root = document.getElementById("root");
  if (!root) throw new Error("canvas.html lacks #root");

  // Built before the clock starts: only mounting and rendering are timed.
  const store = createAppStore({ language: "nl" });
  if (mode === "ontrafel") store.getState().openAnalysis(analysis);
  const start = performance.now();
  createRoot(root).render(
    <ReactFlowProvider>
      <InitProbe />
      <ViewportProbe />
      {mode === "ontrafel" ? (
        <StoreProvider store={store}>
          <OntrafelCanvas />
        </StoreProvider>
      ) : (
        <BareCanvas analysis={analysis} extras={params.get("extras") === "1"} />
      )}
    </ReactFlowProvider>,
  );
  watchFirstRender(start, isInitialised, (ms, count) => {
    api.renderedNodes = count;
    api.firstRenderMs = ms;
  });
}

// After load, so navigation finishes at once and the bench waits on the result alone.
setTimeout(() => {
  try {
    mount();
  } catch (error) {
    window.__canvasBench = { error: String(error) } as CanvasBenchApi;
  }
}, 0);

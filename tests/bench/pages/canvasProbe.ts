import { type NodeProps, type NodeTypes, useReactFlow, type Viewport } from "@xyflow/react";
import { type ComponentType, createElement, memo, useEffect } from "react";

/**
 * What the canvas bench page measures and how scripts/bench/canvasPage.ts reads it back:
 * first render, rAF frame intervals and node component renders.
 */
export interface CanvasBenchApi {
  mode: "ontrafel" | "bare";
  nodes: number;
  edges: number;
  /** From mount start until every visible node is rendered and measured, then painted. */
  firstRenderMs: number | null;
  /** .react-flow__node elements in the DOM once the first render settled. */
  renderedNodes: number;
  error: string | null;
  startFrames(): void;
  /** Stops recording; the intervals between consecutive frames, ms. */
  stopFrames(): number[];
  resetRenders(): void;
  /** Renders per node id since the last reset. */
  renders(): Record<string, number>;
  /** A screen point on the empty pane with room to drag `room` px left and up. */
  panePoint(room: number): { x: number; y: number } | null;
  /** A grab point on a node (upper left, on its text, clear of handles and buttons), if it is
   * rendered and fully inside the pane. */
  nodePoint(id: string): { x: number; y: number } | null;
  /** Moves the view, as zooming in would. */
  setViewport(viewport: Viewport): Promise<void>;
}

declare global {
  interface Window {
    __canvasBench?: CanvasBenchApi;
  }
}

let applyViewport: ((viewport: Viewport) => Promise<boolean>) | null = null;

/** Inside a ReactFlowProvider: lets the bench move the view (setViewport). */
export function ViewportProbe() {
  const flow = useReactFlow();
  useEffect(() => {
    applyViewport = flow.setViewport;
  }, [flow]);
  return null;
}

export async function setViewport(viewport: Viewport): Promise<void> {
  if (!applyViewport) throw new Error("ViewportProbe is not mounted");
  await applyViewport(viewport);
}

const renderCounts = new Map<string, number>();

export function resetRenders(): void {
  renderCounts.clear();
}

export function renders(): Record<string, number> {
  return Object.fromEntries(renderCounts);
}

/**
 * The same node types, each wrapped in a memoised counter. The counter compares props as
 * the memoised node inside it does, so it renders exactly when that node re-renders for new
 * props (re-renders from a node's own store subscriptions are not seen; ours select
 * stable actions and a per-node boolean). Build it once: node types must stay constant.
 */
export function countingNodeTypes(types: NodeTypes): NodeTypes {
  const counted: NodeTypes = {};
  for (const [type, Inner] of Object.entries(types)) {
    const Component = Inner as ComponentType<NodeProps>;
    // biome-ignore lint/correctness/noComponentHookFactories: called once per module, at load
    counted[type] = memo(function CountedNode(props: NodeProps) {
      renderCounts.set(props.id, (renderCounts.get(props.id) ?? 0) + 1);
      return createElement(Component, props);
    });
  }
  return counted;
}

let frames: number[] | null = null;

function recordFrame(time: number): void {
  if (!frames) return;
  frames.push(time);
  requestAnimationFrame(recordFrame);
}

export function startFrames(): void {
  frames = [];
  requestAnimationFrame(recordFrame);
}

export function stopFrames(): number[] {
  const times = frames ?? [];
  frames = null;
  return times.slice(1).map((t, i) => t - (times[i] as number));
}

/** Frames the DOM must stay unchanged before the first render counts as settled. */
const STABLE_FRAMES = 3;

/**
 * Calls `done(ms since start)` once the flow is initialised and the number of rendered nodes
 * and links stopped changing (links: React Flow's edges and, zoomed far out, those our
 * clusters' cards draw; both carry React Flow's edge class). The time is taken at the frame
 * after the settled state was first seen, so that state has been painted.
 */
export function watchFirstRender(
  start: number,
  initialised: () => boolean,
  done: (ms: number, renderedNodes: number) => void,
): void {
  let last = "";
  let firstSeen: number | null = null;
  let paintedAt: number | null = null;
  let stable = 0;
  const tick = (time: number) => {
    const count = document.querySelectorAll(".react-flow__node").length;
    const links = document.querySelectorAll(".react-flow__edge").length;
    const state = `${initialised()}:${count}:${links}`;
    if (state !== last) {
      last = state;
      firstSeen = initialised() && count > 0 ? time : null;
      paintedAt = null;
      stable = 0;
    } else if (firstSeen !== null) {
      paintedAt ??= time;
      stable++;
    }
    if (paintedAt !== null && stable >= STABLE_FRAMES) done(paintedAt - start, count);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Scans the viewport for a point whose topmost element is the empty pane. */
export function panePoint(room: number): { x: number; y: number } | null {
  const pane = document.querySelector(".react-flow__pane");
  if (!pane) return null;
  const box = pane.getBoundingClientRect();
  for (let y = box.bottom - 40; y > box.top + room; y -= 8) {
    for (let x = box.right - 40; x > box.left + room; x -= 8) {
      if (document.elementFromPoint(x, y) === pane) return { x, y };
    }
  }
  return null;
}

export function nodePoint(id: string): { x: number; y: number } | null {
  const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const pane = document.querySelector(".react-flow__pane");
  if (!node || !pane) return null;
  const box = node.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  const inside =
    box.left >= view.left &&
    box.top >= view.top &&
    box.right <= view.right &&
    box.bottom <= view.bottom;
  return inside ? { x: box.left + box.width * 0.3, y: box.top + box.height * 0.3 } : null;
}

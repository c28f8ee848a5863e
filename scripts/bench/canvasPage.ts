// The canvas bench: tests/bench/pages/canvas.html mounts either our Canvas (real store,
// mapping and node views, render-counting node types) or a bare React Flow canvas with the
// same nodes (100 groups of 20 cards), links, viewport (zoom 0.25, about 250 of the 2,100
// nodes in view; dragging happens at zoom 0.5), snap grid and onlyRenderVisibleElements rule (on above 400 nodes). Ours
// also has its Background, Controls and MiniMap; the bare one has none (?extras=1 adds them,
// for diagnosis). Frame times are rAF intervals, so they come in 16.7 ms steps.
import type { Browser, Page } from "playwright-core";
import type { CanvasBenchApi } from "../../tests/bench/pages/canvasProbe";
import { type Metrics, metric } from "./metrics";
import { median, percentile, type RunPlan, round } from "./stats";

export interface CanvasBenchSize {
  quotes: number;
  clusters: number;
  links: number;
  /** Fresh page loads per mode; first render is timed on each. */
  plan: RunPlan;
  /** Of the counted loads, how many also drag a card and pan (each gesture takes seconds). */
  gestureRuns: number;
}

type Mode = CanvasBenchApi["mode"];

/**
 * Mouse moves per gesture, sent back to back as a moving mouse would; Chromium hands them to
 * the page once per frame, so a gesture spans at least this many frames.
 */
const GESTURE_FRAMES = 60;
/** Pan: screen px per move, left and up, so new clusters keep scrolling into view. */
const PAN_STEP = { x: 10, y: 4 };
/**
 * Drag: screen px per move, at DRAG_ZOOM. The card stays inside its cluster's extent, so the
 * cluster keeps its size and nothing but the card needs to render.
 */
const DRAG_STEP = { x: 3, y: 1 };
/**
 * The zoom a card is dragged at. Zoomed further out, below 0.35, our clusters draw their cards
 * themselves and a card is moved after zooming in (OverviewCards).
 */
const DRAG_ZOOM = 0.5;
const VIEWPORT = { width: 1280, height: 800 };

interface Gestures {
  /** Panning at the opening zoom (0.25: clusters draw their cards) and zoomed in (DRAG_ZOOM). */
  panFrames: number[];
  panZoomedInFrames: number[];
  dragFrames: number[];
  /** Distinct nodes whose component rendered while the one card was dragged. */
  dragRerendered: string[];
  /** The same, counted until two frames after the drop. */
  dropRerendered: string[];
}

interface Sample {
  firstRenderMs: number;
  /** JS heap in use after the first render and a forced garbage collection. */
  heapMb: number;
  gestures: Gestures | null;
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function gesture(page: Page, from: { x: number; y: number }, step: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= GESTURE_FRAMES; i++) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
  }
}

/** The inline style of an element: a transform that must change, or the gesture missed. */
const styleOf = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.getAttribute("style") ?? "", selector);

const rendered = (counts: Record<string, number>) => Object.keys(counts).sort();

/** JS heap in use after a full garbage collection, MiB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / 1024 ** 2;
  } finally {
    await cdp.detach();
  }
}

/** One fresh page load: first render, then (with `gestures`) dragging one card and panning. */
export async function measure(
  browser: Browser,
  url: string,
  timeoutMs: number,
  gestures: boolean,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const settled = await page.waitForFunction(
      () => window.__canvasBench?.error || window.__canvasBench?.firstRenderMs,
      undefined,
      { timeout: timeoutMs },
    );
    const error = await settled.evaluate((value) => (typeof value === "string" ? value : null));
    if (error) throw new Error(`canvas bench page failed: ${error}`);
    const firstRenderMs = await page.evaluate(() => window.__canvasBench?.firstRenderMs ?? 0);
    const heapMb = await heapAfterGc(page);
    return { firstRenderMs, heapMb, gestures: gestures ? await gesturesOn(page) : null };
  } finally {
    await context.close();
  }
}

/** Pans across the pane from its lower right; the frame intervals. */
async function pan(page: Page): Promise<number[]> {
  const room = GESTURE_FRAMES * Math.max(PAN_STEP.x, PAN_STEP.y);
  const pane = await page.evaluate((r) => window.__canvasBench?.panePoint(r) ?? null, room);
  if (!pane) throw new Error("no empty spot on the pane to start panning from");
  const viewport = ".react-flow__viewport";
  const viewportBefore = await styleOf(page, viewport);
  await page.evaluate(() => window.__canvasBench?.startFrames());
  await gesture(page, pane, { x: -PAN_STEP.x, y: -PAN_STEP.y });
  await page.mouse.up();
  await nextFrame(page);
  const frames = await page.evaluate(() => window.__canvasBench?.stopFrames() ?? []);
  if ((await styleOf(page, viewport)) === viewportBefore) throw new Error("panning did not move");
  return frames;
}

/**
 * Pans at the opening zoom, zooms in to DRAG_ZOOM, drags the first card of the first cluster
 * and pans again; frame times of each, and renders while dragging.
 */
async function gesturesOn(page: Page): Promise<Gestures> {
  const panFrames = await pan(page);

  await page.evaluate(
    (zoom) => window.__canvasBench?.setViewport({ x: 20, y: 20, zoom }),
    DRAG_ZOOM,
  );
  const card = '.react-flow__node[data-id="card_0"]';
  await page.waitForSelector(card);
  for (let i = 0; i < 5; i++) await nextFrame(page);
  // Top left in its cluster and in view; the drag keeps it inside the cluster.
  const grab = await page.evaluate(() => window.__canvasBench?.nodePoint("card_0") ?? null);
  if (!grab) throw new Error("card_0 is not rendered inside the pane");
  const cardBefore = await styleOf(page, card);
  await page.evaluate(() => {
    window.__canvasBench?.resetRenders();
    window.__canvasBench?.startFrames();
  });
  await gesture(page, grab, DRAG_STEP);
  const dragRerendered = rendered(await page.evaluate(() => window.__canvasBench?.renders() ?? {}));
  await page.mouse.up();
  await nextFrame(page);
  await nextFrame(page);
  const dragFrames = await page.evaluate(() => window.__canvasBench?.stopFrames() ?? []);
  const dropRerendered = rendered(await page.evaluate(() => window.__canvasBench?.renders() ?? {}));
  if ((await styleOf(page, card)) === cardBefore)
    throw new Error("dragging card_0 did not move it");

  const panZoomedInFrames = await pan(page);
  return { panFrames, panZoomedInFrames, dragFrames, dragRerendered, dropRerendered };
}

/**
 * canvas_2000_*: our canvas and a bare React Flow canvas (tests/bench/pages/canvas.html)
 * with the same nodes and links, on fresh page loads taken in turns (ours, bare, ours, bare,
 * …) so machine noise hits both alike. First render is the median over loads; the frame p95s
 * pool every frame of every load with gestures. canvas_drag_rerendered_nodes counts the
 * distinct nodes whose component rendered while one card was dragged, that card included
 * (1 is perfect), worst load.
 */
export function canvasUrl(
  benchUrl: string,
  mode: Mode,
  size: { quotes: number; clusters: number; links: number },
): string {
  return `${benchUrl}/canvas.html?${new URLSearchParams({
    mode,
    n: String(size.quotes),
    clusters: String(size.clusters),
    links: String(size.links),
  })}`;
}

export async function benchCanvas(
  browser: Browser,
  benchUrl: string,
  size: CanvasBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const urlFor = (mode: Mode) => canvasUrl(benchUrl, mode, size);
  const samples: Record<Mode, Sample[]> = { ontrafel: [], bare: [] };
  const { warmups, runs } = size.plan;
  for (let i = 0; i < warmups + runs; i++) {
    const counted = i >= warmups;
    const gestures = counted && i - warmups < size.gestureRuns;
    for (const mode of ["ontrafel", "bare"] as const) {
      const sample = await measure(browser, urlFor(mode), timeoutMs, gestures);
      if (counted) samples[mode].push(sample);
    }
  }

  const gestures = (mode: Mode) => samples[mode].flatMap((s) => (s.gestures ? [s.gestures] : []));
  const firstRender = (mode: Mode) => median(samples[mode].map((s) => s.firstRenderMs));
  const p95 = (mode: Mode, pick: (g: Gestures) => number[]) =>
    percentile(gestures(mode).flatMap(pick), 95);
  /** Share of frames that missed the 60 Hz beat (longer than 20 ms), percent. */
  const longFrames = (mode: Mode, pick: (g: Gestures) => number[]) => {
    const frames = gestures(mode).flatMap(pick);
    return frames.length === 0 ? 0 : (100 * frames.filter((f) => f > 20).length) / frames.length;
  };
  const worst = (mode: Mode, pick: (g: Gestures) => string[]) =>
    gestures(mode)
      .map(pick)
      .reduce((a, b) => (b.length > a.length ? b : a), []);
  const oursDrag = worst("ontrafel", (g) => g.dragRerendered);
  console.log(
    `bench: canvas drag of card_0 re-rendered ${oursDrag.join(", ") || "nothing"} ` +
      `(with the drop: ${worst("ontrafel", (g) => g.dropRerendered).join(", ")}; ` +
      `bare: ${worst("bare", (g) => g.dragRerendered).join(", ")})`,
  );

  const named = (name: string, value: number, unit: "ms" | "%") => ({
    [name]: metric(name, round(value), unit),
  });
  const bothOf = (
    name: string,
    bareName: string,
    measureOf: (mode: Mode) => number,
    unit: "ms" | "%",
  ) => ({
    ...named(name, measureOf("ontrafel"), unit),
    ...named(bareName, measureOf("bare"), unit),
  });
  return {
    ...bothOf("canvas_2000_first_render_ms", "canvas_2000_bare_first_render_ms", firstRender, "ms"),
    ...bothOf(
      "canvas_2000_pan_frame_p95_ms",
      "canvas_2000_bare_pan_frame_p95_ms",
      (mode) => p95(mode, (g) => g.panFrames),
      "ms",
    ),
    ...bothOf(
      "canvas_2000_pan_long_frames_pct",
      "canvas_2000_bare_pan_long_frames_pct",
      (mode) => longFrames(mode, (g) => g.panFrames),
      "%",
    ),
    ...bothOf(
      "canvas_2000_pan_zoomed_in_frame_p95_ms",
      "canvas_2000_bare_pan_zoomed_in_frame_p95_ms",
      (mode) => p95(mode, (g) => g.panZoomedInFrames),
      "ms",
    ),
    ...bothOf(
      "canvas_2000_pan_zoomed_in_long_frames_pct",
      "canvas_2000_bare_pan_zoomed_in_long_frames_pct",
      (mode) => longFrames(mode, (g) => g.panZoomedInFrames),
      "%",
    ),
    ...bothOf(
      "canvas_2000_drag_frame_p95_ms",
      "canvas_2000_bare_drag_frame_p95_ms",
      (mode) => p95(mode, (g) => g.dragFrames),
      "ms",
    ),
    canvas_drag_rerendered_nodes: metric("canvas_drag_rerendered_nodes", oursDrag.length, "nodes"),
    heap_after_2000_mb: metric(
      "heap_after_2000_mb",
      round(median(samples.ontrafel.map((s) => s.heapMb))),
      "MiB",
    ),
    heap_after_2000_bare_mb: metric(
      "heap_after_2000_bare_mb",
      round(median(samples.bare.map((s) => s.heapMb))),
      "MiB",
    ),
  };
}

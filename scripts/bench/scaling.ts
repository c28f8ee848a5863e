import type { Browser } from "playwright-core";
import { canvasUrl, measure } from "./canvasPage";
import { type Metric, type Metrics, metric } from "./metrics";
import { persistenceSample } from "./persistencePage";
import { median, type RunPlan, round } from "./stats";

/** Node counts of the growth curve (2,000 is the size of the main canvas metrics). */
export const SCALING_SIZES = [250, 500, 1000, 2000, 4000] as const;

export interface ScalingPoint {
  nodes: number;
  oursMs: number;
  bareMs: number;
  saveMs: number;
  /** Raw IndexedDB put of the same document (the save's floor). */
  putFloorMs: number;
}

const ms = (value: number): Metric => ({ value: round(value), unit: "ms", target: null });

/** Quote cards in clusters of 20 and as many links as cards, as in the main canvas bench. */
const boardOf = (nodes: number) => ({
  quotes: nodes,
  clusters: Math.max(1, Math.round(nodes / 20)),
  links: nodes,
});

/**
 * How cost grows with the analysis: first render of our canvas and of bare React Flow (fresh
 * page loads in turns, median after a warm-up) and the save of an edit (median), at each size.
 */
export async function benchScaling(
  browser: Browser,
  benchUrl: string,
  sizes: readonly number[],
  plan: RunPlan,
  timeoutMs: number,
): Promise<{ metrics: Metrics; points: ScalingPoint[] }> {
  const metrics: Metrics = {};
  const points: ScalingPoint[] = [];
  for (const nodes of sizes) {
    const board = boardOf(nodes);
    const renders = { ontrafel: [] as number[], bare: [] as number[] };
    for (let i = 0; i < plan.warmups + plan.runs; i++) {
      for (const mode of ["ontrafel", "bare"] as const) {
        const sample = await measure(browser, canvasUrl(benchUrl, mode, board), timeoutMs, false);
        if (i >= plan.warmups) renders[mode].push(sample.firstRenderMs);
      }
    }
    const saved = await persistenceSample(
      browser,
      benchUrl,
      { nodes, clusters: board.clusters, links: board.links, runs: Math.max(plan.runs, 5) },
      timeoutMs,
    );
    const point = {
      nodes,
      oursMs: median(renders.ontrafel),
      bareMs: median(renders.bare),
      saveMs: median(saved.saveSamples),
      putFloorMs: median(saved.rawPutSamples),
    };
    points.push(point);
    metrics[`scale_${nodes}_canvas_first_render_ms`] = metric(
      `scale_${nodes}_canvas_first_render_ms`,
      round(point.oursMs),
      "ms",
    );
    metrics[`scale_${nodes}_bare_first_render_ms`] = ms(point.bareMs);
    metrics[`scale_${nodes}_save_ms`] = metric(`scale_${nodes}_save_ms`, round(point.saveMs), "ms");
    metrics[`floor_scale_${nodes}_idb_put_ms`] = ms(point.putFloorMs);
  }
  return { metrics, points };
}

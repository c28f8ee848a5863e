import type { Browser } from "playwright-core";
import type { LayoutBenchResult } from "../../tests/bench/pages/layoutBench";
import { benchPageResult } from "./benchPage";
import { type Metrics, metric } from "./metrics";
import { median, round } from "./stats";

export interface LayoutBenchSize {
  quotes: number;
  clusters: number;
  factors: number;
  links: number;
  warmups: number;
  runs: number;
}

/**
 * `name` prefixes the metrics (layout_500 for the board below; the others likewise).
 * layout_500_ms: "Boom ordenen" on a 500-node analysis (quote cards in clusters and free
 * factors, 500 links) on the real canvas, until the moved nodes are painted (median after
 * the cold first run); layout_500_main_thread_block_ms: the longest stretch the main thread
 * could not run a 1 ms ticker during those layouts (worst run), which is what a user would
 * feel as a freeze. layout_500_cold_ms: the first layout. layout_500_overlaps: pairs of
 * top-level boxes that overlap after the layout, which must be 0. The floor,
 * floor_elk_layout_500_ms (and _cold_ms): ELK alone (layered) in a worker on the same boxes and
 * links, from sending the graph to having the layout back and two frames after it (the same
 * two frames ours waits for to see its nodes painted); layout_500_compute_ms: arrangeTree
 * alone, against floor_elk_layout_500_compute_ms (ELK's round trip alone).
 */
export async function benchLayout(
  browser: Browser,
  benchUrl: string,
  size: LayoutBenchSize,
  timeoutMs: number,
  name = "layout_500",
): Promise<Metrics> {
  const query = new URLSearchParams(
    Object.entries(size).map(([key, value]) => [key, String(value)]),
  );
  const result = await benchPageResult<LayoutBenchResult>(browser, {
    url: `${benchUrl}/layout.html?${query}`,
    resultKey: "__layoutBench",
    label: "layout",
    timeoutMs,
    viewport: { width: 1280, height: 800 },
  });
  console.log(
    `bench: layout of ${result.nodes} nodes and ${result.edges} links: ${result.overlaps} overlapping pairs after`,
  );
  if (result.overlaps > 0)
    throw new Error(`${name}: ${result.overlaps} overlapping pairs after layout`);
  return {
    [`${name}_ms`]: metric(`${name}_ms`, round(median(result.samples)), "ms"),
    [`${name}_main_thread_block_ms`]: metric(
      `${name}_main_thread_block_ms`,
      round(Math.max(...result.blocks)),
      "ms",
    ),
    [`${name}_cold_ms`]: metric(`${name}_cold_ms`, round(result.coldMs), "ms"),
    [`${name}_overlaps`]: metric(`${name}_overlaps`, result.overlaps, "pairs"),
    [`${name}_compute_ms`]: metric(
      `${name}_compute_ms`,
      round(median(result.computeSamples)),
      "ms",
    ),
    [`floor_elk_${name}_ms`]: metric(
      `floor_elk_${name}_ms`,
      round(median(result.elkPaintedSamples)),
      "ms",
    ),
    [`floor_elk_${name}_compute_ms`]: metric(
      `floor_elk_${name}_compute_ms`,
      round(median(result.elkSamples)),
      "ms",
    ),
    [`floor_elk_${name}_cold_ms`]: metric(
      `floor_elk_${name}_cold_ms`,
      round(result.elkColdMs),
      "ms",
    ),
  };
}

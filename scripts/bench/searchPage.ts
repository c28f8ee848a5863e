import type { Browser } from "playwright-core";
import type { SearchBenchResult } from "../../tests/bench/pages/search";
import { benchPageResult } from "./benchPage";
import { type Metrics, metric } from "./metrics";
import { percentile, round } from "./stats";

export interface SearchBenchSize {
  quotes: number;
  queries: number;
  /** Timed passes over the query list (after one warm-up pass in the page). */
  passes: number;
}

/**
 * search_p50_ms_20k / search_p95_ms_20k: per-query times from tests/bench/pages/search.html,
 * which builds the index over synthetic quotes and times every query; beside them the floor,
 * MiniSearch alone on the same documents and queries (floor_minisearch_*), and the index builds
 * (floor_minisearch_index_20k_ms is also corpus import's floor).
 */
export async function benchSearch(
  browser: Browser,
  benchUrl: string,
  size: SearchBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const query = new URLSearchParams({
    quotes: String(size.quotes),
    queries: String(size.queries),
    passes: String(size.passes),
  });
  const result = await benchPageResult<SearchBenchResult>(
    browser,
    {
      url: `${benchUrl}/search.html?${query}`,
      resultKey: "__benchResult",
      label: "search",
      timeoutMs,
    },
    async (page) => {
      const isolated = await page.evaluate(() => self.crossOriginIsolated);
      if (!isolated) console.warn("bench: search page is not cross-origin isolated (coarse timer)");
    },
  );
  const at = (name: string, samples: number[], p: number) =>
    [name, metric(name, round(percentile(samples, p), 3), "ms")] as const;
  return Object.fromEntries([
    at("search_p50_ms_20k", result.samples, 50),
    at("search_p95_ms_20k", result.samples, 95),
    at("floor_minisearch_p50_ms_20k", result.floorSamples, 50),
    at("floor_minisearch_p95_ms_20k", result.floorSamples, 95),
    ["search_index_20k_ms", metric("search_index_20k_ms", round(result.buildMs), "ms")],
    [
      "floor_minisearch_index_20k_ms",
      metric("floor_minisearch_index_20k_ms", round(result.floorBuildMs), "ms"),
    ],
  ]);
}

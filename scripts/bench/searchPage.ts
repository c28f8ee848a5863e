import type { Browser } from "playwright-core";
import type { SearchBenchResult } from "../../tests/bench/pages/search";
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
 * which builds the index over synthetic quotes and times every query.
 */
export async function benchSearch(
  browser: Browser,
  benchUrl: string,
  size: SearchBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      quotes: String(size.quotes),
      queries: String(size.queries),
      passes: String(size.passes),
    });
    await page.goto(`${benchUrl}/search.html?${query}`);
    const handle = await page.waitForFunction(() => window.__benchResult, undefined, {
      timeout: timeoutMs,
    });
    const result = (await handle.jsonValue()) as SearchBenchResult | { error: string };
    if ("error" in result) throw new Error(`search bench page failed: ${result.error}`);
    const isolated = await page.evaluate(() => self.crossOriginIsolated);
    if (!isolated) console.warn("bench: search page is not cross-origin isolated (coarse timer)");
    return {
      search_p50_ms_20k: metric(
        "search_p50_ms_20k",
        round(percentile(result.samples, 50), 3),
        "ms",
      ),
      search_p95_ms_20k: metric(
        "search_p95_ms_20k",
        round(percentile(result.samples, 95), 3),
        "ms",
      ),
    };
  } finally {
    await context.close();
  }
}

import type { Browser } from "playwright-core";
import type { ParseBenchResult } from "../../tests/bench/pages/parse";
import { type Metrics, metric } from "./metrics";
import { median, round } from "./stats";

/**
 * seed_parse_browser_cold_ms / seed_parse_browser_ms: the seed parser run in Chromium, beside
 * floor_seed_split_browser_ms (the same text split into trimmed lines).
 */
export async function benchParseInBrowser(
  browser: Browser,
  benchUrl: string,
  runs: number,
  timeoutMs: number,
): Promise<Metrics> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${benchUrl}/parse.html?runs=${runs}`);
    const handle = await page.waitForFunction(() => window.__parseResult, undefined, {
      timeout: timeoutMs,
    });
    const result = (await handle.jsonValue()) as ParseBenchResult | { error: string };
    if ("error" in result) throw new Error(`parse bench page failed: ${result.error}`);
    if (result.quotes === 0) throw new Error("the parser found no quotes in the browser");
    return {
      seed_parse_browser_cold_ms: metric("seed_parse_browser_cold_ms", round(result.coldMs), "ms"),
      seed_parse_browser_ms: metric(
        "seed_parse_browser_ms",
        round(median(result.warmSamples)),
        "ms",
      ),
      floor_seed_split_browser_ms: metric(
        "floor_seed_split_browser_ms",
        round(median(result.floorSamples), 2),
        "ms",
      ),
    };
  } finally {
    await context.close();
  }
}

import type { Browser } from "playwright-core";
import type { ParseBenchResult } from "../../tests/bench/pages/parse";
import { benchPageResult } from "./benchPage";
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
  const result = await benchPageResult<ParseBenchResult>(browser, {
    url: `${benchUrl}/parse.html?runs=${runs}`,
    resultKey: "__parseResult",
    label: "parse",
    timeoutMs,
  });
  if (result.quotes === 0) throw new Error("the parser found no quotes in the browser");
  return {
    seed_parse_browser_cold_ms: metric("seed_parse_browser_cold_ms", round(result.coldMs), "ms"),
    seed_parse_browser_ms: metric("seed_parse_browser_ms", round(median(result.warmSamples)), "ms"),
    floor_seed_split_browser_ms: metric(
      "floor_seed_split_browser_ms",
      round(median(result.floorSamples), 2),
      "ms",
    ),
  };
}

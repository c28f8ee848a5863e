import type { Browser } from "playwright-core";
import type { SuggestBenchResult } from "../../tests/bench/pages/suggest";
import { benchPageResult } from "./benchPage";
import { type Metrics, metric } from "./metrics";
import { percentile, round } from "./stats";

export interface SuggestBenchSize {
  questions: number;
  large: number;
  propose: number;
}

/**
 * Suggestions (issue 19), from tests/bench/pages/suggest.html with the real worker client:
 * similar_p95_ms_seed / _20k (one question, beside floor_worker_roundtrip_p95_ms, a message
 * to a worker and back), suggest_seed_ms / suggest_5000_ms (proposals for every quote, beside
 * floor_pairwise_*: every pairwise similarity of the same quotes, which any clustering of them
 * needs), suggest_longest_task_ms (the page's longest task meanwhile) and the index of 20,000.
 */
export async function benchSuggest(
  browser: Browser,
  benchUrl: string,
  size: SuggestBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const query = new URLSearchParams({
    questions: String(size.questions),
    large: String(size.large),
    propose: String(size.propose),
  });
  const result = await benchPageResult<SuggestBenchResult>(browser, {
    url: `${benchUrl}/suggest.html?${query}`,
    resultKey: "__suggestResult",
    label: "suggest",
    timeoutMs,
  });
  const p95 = (name: string, samples: number[]) =>
    [name, metric(name, round(percentile(samples, 95), 2), "ms")] as const;
  const ms = (name: string, value: number) => [name, metric(name, round(value), "ms")] as const;
  return Object.fromEntries([
    p95("similar_p95_ms_seed", result.similarSeed),
    p95("similar_p95_ms_20k", result.similarLarge),
    p95("floor_worker_roundtrip_p95_ms", result.roundTrip),
    ms("suggest_index_20k_ms", result.indexLargeMs),
    ms("suggest_seed_ms", result.proposeSeedMs),
    ms("suggest_5000_ms", result.proposeLargeMs),
    ms("floor_pairwise_seed_ms", result.pairwiseSeedMs),
    ms("floor_pairwise_5000_ms", result.pairwiseLargeMs),
    ms("suggest_longest_task_ms", result.longestTaskMs),
  ]);
}

import { describe, expect, it } from "vitest";
import { initialScripts } from "../../scripts/bench/bundleSize";
import { median, percentile } from "../../scripts/bench/stats";
import { makeBenchQueries } from "../bench/pages/benchQueries";
import { makeSyntheticQuotes } from "../helpers/syntheticCorpus";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const samples = [5, 1, 4, 2, 3];
    expect(median(samples)).toBe(3);
    expect(percentile(samples, 95)).toBe(5);
    expect(percentile(samples, 0)).toBe(1);
    expect(() => median([])).toThrow();
  });
});

describe("initialScripts", () => {
  it("finds entry scripts and modulepreloads, not stylesheets or lazy chunks", () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index-c.css">`;
    expect(initialScripts(html)).toEqual(["/assets/index-a.js", "/assets/vendor-b.js"]);
  });
});

describe("makeBenchQueries", () => {
  it("mixes words, prefixes, typos and two-word queries deterministically", () => {
    const quotes = makeSyntheticQuotes(300);
    const queries = makeBenchQueries(quotes, 200);
    expect(queries).toHaveLength(200);
    expect(makeBenchQueries(quotes, 200)).toEqual(queries);
    const prefixes = queries.filter((_, i) => i % 4 === 1);
    expect(prefixes.every((q) => q.length >= 3 && q.length <= 5)).toBe(true);
    const pairs = queries.filter((_, i) => i % 4 === 3);
    expect(pairs.every((q) => q.split(" ").length === 2)).toBe(true);
  });
});

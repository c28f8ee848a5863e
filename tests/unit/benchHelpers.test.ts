import { describe, expect, it } from "vitest";
import { initialScripts } from "../../scripts/bench/bundleSize";
import { type Metric, meetsFloorTarget, metric, ratioOf } from "../../scripts/bench/metrics";
import { barLine } from "../../scripts/bench/report";
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

describe("floors and ratio targets", () => {
  const of = (name: string, value: number, unit = "ms") => ({ [name]: metric(name, value, unit) });

  it("compares a timed metric with its floor of the same run", () => {
    const metrics = { ...of("save_2000_ms", 30), ...of("floor_idb_put_2000_ms", 25) };
    expect(ratioOf(metrics.save_2000_ms as Metric, metrics)).toBeCloseTo(1.2);
    expect(meetsFloorTarget(metrics.save_2000_ms as Metric, metrics)).toBe(true);
    expect(barLine(metrics)).toContain("all ratio targets met");
  });

  it("names a ratio target that is not met, and one whose floor is missing", () => {
    const over = { ...of("save_2000_ms", 40), ...of("floor_idb_put_2000_ms", 25) };
    expect(meetsFloorTarget(over.save_2000_ms as Metric, over)).toBe(false);
    expect(barLine(over)).toContain("save_2000_ms (1.60×, budget 1.5×)");
    const alone = of("load_2000_ms", 100);
    expect(barLine(alone)).toContain("load_2000_ms (no floor");
  });

  it("names an absolute budget that is exceeded, with the profile's reason where there is one", () => {
    const line = barLine(of("layout_500_main_thread_block_ms", 120));
    expect(line).toContain("absolute budgets over: layout_500_main_thread_block_ms (120 > 50): ");
    expect(line).toMatch(/layout_500_main_thread_block_ms \(120 > 50\): \w+/);
  });

  it("holds long frames to percentage points above the floor", () => {
    const name = "canvas_2000_pan_zoomed_in_long_frames_pct";
    const floorName = "canvas_2000_bare_pan_zoomed_in_long_frames_pct";
    const within = { ...of(name, 1.5, "%"), ...of(floorName, 0.6, "%") };
    const beyond = { ...of(name, 11, "%"), ...of(floorName, 0.6, "%") };
    expect(meetsFloorTarget(within[name] as Metric, within)).toBe(true);
    expect(meetsFloorTarget(beyond[name] as Metric, beyond)).toBe(false);
  });

  it("gives every timed metric of the report a floor", () => {
    for (const name of ["cold_start_to_searchable_ms", "png_export_500_ms", "layout_500_ms"])
      expect(metric(name, 1, "ms").floor).toMatch(/floor/);
    expect(metric("scale_500_save_ms", 1, "ms").floor).toBe("floor_scale_500_idb_put_ms");
  });
});

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { splitSeedLines } from "../../tests/bench/parseFloor";
import { type Metrics, metric } from "./metrics";
import { median, type RunPlan, repeat, round } from "./stats";

/**
 * seed_parse_ms: parsing seeds/*.txt in Node, files read once up front (I/O is not timed);
 * floor_seed_split_ms: the same text split into trimmed lines (tests/bench/parseFloor.ts).
 */
export async function benchSeedParse(repoRoot: string, plan: RunPlan): Promise<Metrics> {
  // Loaded here, not at the top, so a broken parser fails this metric and not the whole bench.
  const { parseSeedFiles } = await import("../../src/domain/corpus/parse");
  const seedsDir = join(repoRoot, "seeds");
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith(".txt")).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(seedsDir, name), "utf8") })),
  );
  let quoteCount = 0;
  let lineCount = 0;
  const floors: number[] = [];
  const samples = await repeat(plan, () => {
    let start = performance.now();
    lineCount = splitSeedLines(files);
    floors.push(performance.now() - start);
    start = performance.now();
    quoteCount = parseSeedFiles(files).length;
    return performance.now() - start;
  });
  if (quoteCount === 0 || lineCount === 0)
    throw new Error("parseSeedFiles found no quotes in seeds/");
  return {
    seed_parse_ms: metric("seed_parse_ms", round(median(samples), 2), "ms"),
    floor_seed_split_ms: metric(
      "floor_seed_split_ms",
      round(median(floors.slice(-samples.length)), 2),
      "ms",
    ),
  };
}

import { parseSeedFiles } from "../../../src/domain/corpus/parse";
import { splitSeedLines } from "../parseFloor";
import { runWhenLoaded } from "./runWhenLoaded";

// The same parser the build runs in Node, run here in Chromium on the bundled seed text: the
// first (cold) parse as a browser would meet it, then warm runs. Proves the parser needs no
// Node API, and gives its browser cost for corpora that are parsed in the browser.
const texts = import.meta.glob<string>("../../../seeds/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

export interface ParseBenchResult {
  quotes: number;
  coldMs: number;
  warmSamples: number[];
  /** The floor: the same text split into trimmed lines, after as many warm runs. */
  floorSamples: number[];
}

declare global {
  interface Window {
    __parseResult?: ParseBenchResult | { error: string };
  }
}

function run(): ParseBenchResult {
  const files = Object.entries(texts)
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf("/") + 1), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const runs = Number(new URLSearchParams(location.search).get("runs")) || 5;
  let start = performance.now();
  const quotes = parseSeedFiles(files).length;
  const coldMs = performance.now() - start;
  const warmSamples: number[] = [];
  const floorSamples: number[] = [];
  let lines = splitSeedLines(files);
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    parseSeedFiles(files);
    warmSamples.push(performance.now() - start);
    start = performance.now();
    lines += splitSeedLines(files);
    floorSamples.push(performance.now() - start);
  }
  if (lines === 0) throw new Error("no seed text");
  return { quotes, coldMs, warmSamples, floorSamples };
}

runWhenLoaded(run, (outcome) => {
  window.__parseResult = outcome;
});

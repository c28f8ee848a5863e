// `npm run bench`: builds the app and the bench pages, measures them (Node and headless
// Chromium on localhost), prints a table, writes JSON (--out) and logs the run in
// docs/PERFORMANCE.md. `--smoke` is the tiny version npm test runs so the bench cannot rot.
// Parallel work: ONTRAFEL_BENCH_DIR=/tmp/x npx tsx scripts/bench.ts --only <group> --no-log
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { benchAppStartup } from "./bench/appStartup";
import { viteBuild } from "./bench/build";
import { benchBundleSize } from "./bench/bundleSize";
import { benchCanvas, type CanvasBenchSize } from "./bench/canvasPage";
import { CHROMIUM_PATH, chromiumLaunchOptions } from "./bench/chromium";
import { benchCorpusImport } from "./bench/corpusImport";
import { benchExport } from "./bench/exportPage";
import { benchLayout, type LayoutBenchSize } from "./bench/layoutPage";
import type { Metrics } from "./bench/metrics";
import { parseOptions } from "./bench/options";
import { benchParseInBrowser } from "./bench/parsePage";
import { benchPersistence, type PersistenceBenchSize } from "./bench/persistencePage";
import {
  appendPerformanceLog,
  describeMachine,
  formatTable,
  scalingTable,
  writeResults,
} from "./bench/report";
import { benchScaling, SCALING_SIZES, type ScalingPoint } from "./bench/scaling";
import { scalingChart } from "./bench/scalingChart";
import { benchSearch } from "./bench/searchPage";
import { benchSeedParse } from "./bench/seedParse";
import { benchSuggest } from "./bench/suggestPage";
import { benchYjsDocument } from "./bench/yjsDocument";
import { startStaticServer } from "./serve.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
// ONTRAFEL_BENCH_DIR builds both into another folder, so a bench can run beside other builds.
const buildRoot = process.env.ONTRAFEL_BENCH_DIR ? resolve(process.env.ONTRAFEL_BENCH_DIR) : null;
const appDist = buildRoot ? join(buildRoot, "app") : join(repoRoot, "dist");
const benchDist = buildRoot ? join(buildRoot, "bench") : join(repoRoot, "tests", "bench", "dist");
// The start-up floor page, built by the app's own Vite config.
const floorDist = buildRoot
  ? join(buildRoot, "startup-floor")
  : join(repoRoot, "tests", "bench", "startup", "dist");

const options = parseOptions(process.argv.slice(2));
const metrics: Metrics = {};
// The canvas bench loads a fresh page per sample and takes seconds per gesture: fewer runs.
const canvasSize: CanvasBenchSize = options.smoke
  ? { quotes: 100, clusters: 5, links: 100, plan: { warmups: 0, runs: 1 }, gestureRuns: 1 }
  : { quotes: 2000, clusters: 100, links: 2000, plan: { warmups: 1, runs: 5 }, gestureRuns: 5 };
const persistenceSize: PersistenceBenchSize = options.smoke
  ? { nodes: 100, clusters: 5, links: 100, runs: 1, loads: 1 }
  : { nodes: 2000, clusters: 100, links: 2000, runs: 7, loads: 5 };
const layoutSize: LayoutBenchSize = options.smoke
  ? { quotes: 20, clusters: 4, factors: 6, links: 20, warmups: 0, runs: 1 }
  : { quotes: 300, clusters: 60, factors: 140, links: 500, warmups: 1, runs: 5 };
// The growth curve; the smoke run checks it still works at two tiny sizes.
const scalingSizes: readonly number[] = options.smoke ? [40, 80] : SCALING_SIZES;
let scalingPoints: ScalingPoint[] = [];
const failures: string[] = [];

/** Runs one group of measurements; a failure is reported and the other groups still run. */
async function collect(label: string, measure: () => Promise<Metrics>): Promise<void> {
  if (options.only.length > 0 && !options.only.some((group) => label.startsWith(group))) return;
  const started = performance.now();
  try {
    Object.assign(metrics, await measure());
    console.log(`bench: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`bench: ${label} FAILED: ${failures.at(-1)}`);
  }
}

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench: ${CHROMIUM_PATH} is missing; run node scripts/ensure-chromium.mjs`);
  process.exit(1);
}

if (options.reuseBuild && existsSync(join(appDist, "index.html"))) {
  console.log("bench: reusing dist/");
} else {
  await viteBuild(repoRoot, ["--outDir", appDist, "--emptyOutDir"]);
}
await viteBuild(repoRoot, [
  "-c",
  "tests/bench/vite.bench.config.ts",
  "--outDir",
  benchDist,
  "--emptyOutDir",
]);

await viteBuild(repoRoot, [
  "tests/bench/startup",
  "-c",
  "vite.config.ts",
  "--outDir",
  floorDist,
  "--emptyOutDir",
  "--logLevel",
  "warn",
]);

await collect("seed parse", () => benchSeedParse(repoRoot, options.plan));
await collect("bundle size", () => benchBundleSize(appDist));
// A shared analysis as a Yjs document (issue 20), in Node: 2,000 cards (smoke: 50).
await collect("yjs", () => benchYjsDocument(options.smoke ? 50 : 2000, options.plan));

const appServer = await startStaticServer(appDist);
// Isolation gives the bench page's performance.now() microsecond resolution.
const benchServer = await startStaticServer(benchDist, 0, { crossOriginIsolated: true });
const floorServer = await startStaticServer(floorDist);
const baselineServer = options.baseline ? await startStaticServer(options.baseline) : null;
const browser = await chromium.launch(chromiumLaunchOptions);
const chromiumVersion = browser.version();
try {
  await collect("app startup", () =>
    benchAppStartup(
      browser,
      { app: appServer.url, floor: floorServer.url, baseline: baselineServer?.url ?? null },
      options.plan,
      options.timeoutMs,
    ),
  );
  await collect("seed parse in browser", () =>
    benchParseInBrowser(browser, benchServer.url, options.plan.runs, options.timeoutMs),
  );
  await collect("search", () =>
    benchSearch(browser, benchServer.url, options.search, options.timeoutMs),
  );
  await collect("persistence", () =>
    benchPersistence(browser, benchServer.url, persistenceSize, options.timeoutMs),
  );
  await collect("canvas", () =>
    benchCanvas(browser, benchServer.url, canvasSize, options.timeoutMs),
  );
  await collect("scaling", async () => {
    const scaling = await benchScaling(
      browser,
      benchServer.url,
      scalingSizes,
      options.smoke ? { warmups: 0, runs: 1 } : { warmups: 1, runs: 5 },
      options.timeoutMs,
    );
    scalingPoints = scaling.points;
    return scaling.metrics;
  });
  await collect("layout", () =>
    benchLayout(browser, benchServer.url, layoutSize, options.timeoutMs),
  );
  // The boards of the layout issue: 500 cards in 39 clusters, 2,000 in 100 (smoke: tiny).
  for (const [name, size] of [
    ["layout_cards_500", { quotes: 500, clusters: 39, factors: 10, links: 300 }],
    ["layout_cards_2000", { quotes: 2000, clusters: 100, factors: 20, links: 1000 }],
  ] as const) {
    await collect(name.replace("layout_cards", "layout"), () =>
      benchLayout(
        browser,
        benchServer.url,
        options.smoke
          ? { quotes: 40, clusters: 3, factors: 2, links: 20, warmups: 0, runs: 1 }
          : { ...size, warmups: 1, runs: 3 },
        options.timeoutMs,
        name,
      ),
    );
  }
  // A 20,000-quote corpus through the app's import (smoke: 500 quotes, one run).
  await collect("corpusImport", () =>
    benchCorpusImport(
      browser,
      appServer.url,
      options.smoke ? { quotes: 500, runs: 1 } : { quotes: 20_000, runs: 3 },
      options.timeoutMs,
    ),
  );
  // Suggestions: similar quotes on the seed corpus and 20,000 quotes, proposals for the seed
  // corpus and 5,000 quotes (smoke: 2,000 and 300).
  await collect("suggest", () =>
    benchSuggest(
      browser,
      benchServer.url,
      options.smoke
        ? { questions: 20, large: 2000, propose: 300 }
        : { questions: 200, large: 20_000, propose: 5000 },
      options.timeoutMs,
    ),
  );
  // PNG export of 500 nodes at 2×, JSON export/import of 2,000 nodes.
  await collect("export", () =>
    benchExport(
      browser,
      benchServer.url,
      options.smoke
        ? { pngNodes: 50, jsonNodes: 100, runs: 1, pngRuns: 1 }
        : { pngNodes: 500, jsonNodes: 2000, runs: 5, pngRuns: 3 },
      options.timeoutMs,
    ),
  );
} finally {
  await browser.close();
  await appServer.close();
  await baselineServer?.close();
  await benchServer.close();
  await floorServer.close();
}

console.log(`\n${formatTable(metrics)}\n`);
const outPath = resolve(repoRoot, options.out);
await writeResults(outPath, metrics);
console.log(`bench: results written to ${outPath}`);
if (options.log && failures.length === 0) {
  const logPath = join(repoRoot, "docs", "PERFORMANCE.md");
  const machine = describeMachine(chromiumVersion);
  const date = new Date();
  const chartPath = join(repoRoot, "docs", "performance-scaling.svg");
  const caption = `${date.toISOString().slice(0, 10)}, ${machine.cores} cores, Chromium ${machine.chromium}`;
  await writeFile(chartPath, scalingChart(scalingPoints, caption));
  await appendPerformanceLog(logPath, metrics, machine, date, scalingTable(scalingPoints));
  console.log(`bench: run appended to ${logPath}, growth chart in ${chartPath}`);
}
if (failures.length > 0) {
  console.error(`bench: ${failures.length} group(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}

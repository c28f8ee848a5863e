import type { Browser, Page } from "playwright-core";
import { type Metrics, metric } from "./metrics";
import { median, type RunPlan, repeat, round } from "./stats";

/**
 * The contract with the app (src/): on a first visit it records
 * performance.measure(SEED_IMPORT) around parse + IndexedDB write, and on every visit it
 * sets performance.mark(SEARCHABLE) once the library shows the corpus and answers a query (its
 * search index is built when the page is idle right after, or by the first query), and
 * performance.mark(WORKSPACE_OPEN) once the canvas is on screen beside it.
 */
export const SEED_IMPORT = "ontrafel:seed-import";
export const SEARCHABLE = "ontrafel:searchable";
/** Set once the canvas is on screen beside the library, which is searchable before it. */
export const WORKSPACE_OPEN = "ontrafel:workspace-open";

async function entryOf(
  page: Page,
  name: string,
  type: "mark" | "measure",
  timeoutMs: number,
): Promise<PerformanceEntry> {
  const found = await page
    .waitForFunction(
      ([n, t]) => performance.getEntriesByName(n, t).length > 0,
      [name, type] as const,
      { timeout: timeoutMs },
    )
    .then(() => true)
    .catch(() => false);
  if (!found)
    throw new Error(`the app set no performance ${type} "${name}" within ${timeoutMs} ms`);
  return page.evaluate(
    ([n, t]) => performance.getEntriesByName(n, t)[0]?.toJSON() as PerformanceEntry,
    [name, type] as const,
  );
}

interface StartupSample {
  seedImportMs: number;
  coldMs: number;
  warmMs: number;
  /** Until the canvas is on screen too; 0 for the floor page and a baseline build. */
  coldWorkspaceMs: number;
  warmWorkspaceMs: number;
}

/**
 * One first visit and one return visit. A fresh browser context per sample: empty
 * IndexedDB, HTTP and code caches and no service worker, so every cold start is really cold;
 * the return visit comes once the service worker is in control.
 */
async function measureStartup(
  browser: Browser,
  url: string,
  timeoutMs: number,
  kind: "floor" | "baseline" | "app",
) {
  const context = await browser.newContext();
  // An earlier build may not set the workspace's mark; the floor page has no workspace.
  const workspace = (page: Page) =>
    kind === "app" ? entryOf(page, WORKSPACE_OPEN, "mark", timeoutMs) : null;
  try {
    const page = await context.newPage();
    await page.goto(url);
    const cold = await entryOf(page, SEARCHABLE, "mark", timeoutMs);
    const coldWorkspace = await workspace(page);
    // The floor page has no corpus to import.
    const seedImport =
      kind === "floor" ? null : await entryOf(page, SEED_IMPORT, "measure", timeoutMs);
    // A return visit finds the service worker the first visit installed once it was idle
    // (src/app/serviceWorker.ts): wait for it, as days between visits would.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: timeoutMs,
    });
    await page.reload();
    const warm = await entryOf(page, SEARCHABLE, "mark", timeoutMs);
    const warmWorkspace = await workspace(page);
    return {
      seedImportMs: seedImport?.duration ?? 0,
      coldMs: cold.startTime,
      warmMs: warm.startTime,
      coldWorkspaceMs: coldWorkspace?.startTime ?? 0,
      warmWorkspaceMs: warmWorkspace?.startTime ?? 0,
    } satisfies StartupSample;
  } finally {
    await context.close();
  }
}

/**
 * seed_import_ms, cold_start_to_searchable_ms and warm_start_to_searchable_ms, and their floor:
 * floor_startup_cold_ms / floor_startup_warm_ms, the same visits to a minimal page built by the
 * app's Vite config (tests/bench/startup: one React element, a 597-row list), taken in turns
 * with the app's. cold_start_to_workspace_ms and warm_start_to_workspace_ms: the same visits
 * until the canvas is on screen too (no budget: the floor page has no canvas). With a
 * `baseline` (a build of an earlier version, `--baseline DIR`), that build's visits are taken
 * in the same turns: baseline_cold_start_to_searchable_ms and
 * baseline_warm_start_to_searchable_ms, before and after a change in one run.
 */
export async function benchAppStartup(
  browser: Browser,
  urls: { app: string; floor: string; baseline: string | null },
  plan: RunPlan,
  timeoutMs: number,
): Promise<Metrics> {
  const floors: StartupSample[] = [];
  const baselines: StartupSample[] = [];
  const samples = await repeat(plan, async () => {
    floors.push(await measureStartup(browser, urls.floor, timeoutMs, "floor"));
    if (urls.baseline)
      baselines.push(await measureStartup(browser, urls.baseline, timeoutMs, "baseline"));
    return measureStartup(browser, urls.app, timeoutMs, "app");
  });
  // repeat() drops the warm-ups from its own samples; the floor and baseline drop as many.
  floors.splice(0, floors.length - samples.length);
  baselines.splice(0, baselines.length - samples.length);
  const medianOf = (pickMs: (s: StartupSample) => number) => round(median(samples.map(pickMs)));
  const floorOf = (pickMs: (s: StartupSample) => number) => round(median(floors.map(pickMs)));
  const baselineOf = (pickMs: (s: StartupSample) => number) => round(median(baselines.map(pickMs)));
  const baseline: Metrics = urls.baseline
    ? {
        baseline_cold_start_to_searchable_ms: metric(
          "baseline_cold_start_to_searchable_ms",
          baselineOf((s) => s.coldMs),
          "ms",
        ),
        baseline_warm_start_to_searchable_ms: metric(
          "baseline_warm_start_to_searchable_ms",
          baselineOf((s) => s.warmMs),
          "ms",
        ),
      }
    : {};
  return {
    ...baseline,
    floor_startup_cold_ms: metric(
      "floor_startup_cold_ms",
      floorOf((s) => s.coldMs),
      "ms",
    ),
    floor_startup_warm_ms: metric(
      "floor_startup_warm_ms",
      floorOf((s) => s.warmMs),
      "ms",
    ),
    seed_import_ms: metric(
      "seed_import_ms",
      medianOf((s) => s.seedImportMs),
      "ms",
    ),
    cold_start_to_searchable_ms: metric(
      "cold_start_to_searchable_ms",
      medianOf((s) => s.coldMs),
      "ms",
    ),
    warm_start_to_searchable_ms: metric(
      "warm_start_to_searchable_ms",
      medianOf((s) => s.warmMs),
      "ms",
    ),
    cold_start_to_workspace_ms: metric(
      "cold_start_to_workspace_ms",
      medianOf((s) => s.coldWorkspaceMs),
      "ms",
    ),
    warm_start_to_workspace_ms: metric(
      "warm_start_to_workspace_ms",
      medianOf((s) => s.warmWorkspaceMs),
      "ms",
    ),
  };
}

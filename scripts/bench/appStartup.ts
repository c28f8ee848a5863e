import type { Browser, Page } from "playwright-core";
import { type Metrics, metric } from "./metrics";
import { median, type RunPlan, repeat, round } from "./stats";

/**
 * The contract with the app (src/): on a first visit it records
 * performance.measure(SEED_IMPORT) around parse + IndexedDB write, and on every visit it
 * sets performance.mark(SEARCHABLE) once the corpus is loaded and the search index is ready.
 */
export const SEED_IMPORT = "ontrafel:seed-import";
export const SEARCHABLE = "ontrafel:searchable";

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
}

/**
 * One first visit and one return visit. A fresh browser context per sample: empty
 * IndexedDB, HTTP and code caches and no service worker, so every cold start is really cold;
 * the return visit comes once the service worker is in control.
 */
async function measureStartup(browser: Browser, url: string, timeoutMs: number) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const cold = await entryOf(page, SEARCHABLE, "mark", timeoutMs);
    const seedImport = await entryOf(page, SEED_IMPORT, "measure", timeoutMs);
    // A return visit finds the service worker the first visit installed once it was idle
    // (src/app/serviceWorker.ts): wait for it, as days between visits would.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: timeoutMs,
    });
    await page.reload();
    const warm = await entryOf(page, SEARCHABLE, "mark", timeoutMs);
    return {
      seedImportMs: seedImport.duration,
      coldMs: cold.startTime,
      warmMs: warm.startTime,
    } satisfies StartupSample;
  } finally {
    await context.close();
  }
}

/** seed_import_ms, cold_start_to_searchable_ms and warm_start_to_searchable_ms. */
export async function benchAppStartup(
  browser: Browser,
  appUrl: string,
  plan: RunPlan,
  timeoutMs: number,
): Promise<Metrics> {
  const samples = await repeat(plan, () => measureStartup(browser, appUrl, timeoutMs));
  const medianOf = (pickMs: (s: StartupSample) => number) => round(median(samples.map(pickMs)));
  return {
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
  };
}

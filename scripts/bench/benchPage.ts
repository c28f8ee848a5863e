import type { Browser, Page } from "playwright-core";

export interface BenchPageRequest {
  /** The page's address, query included. */
  url: string;
  /** The global the page leaves its result (or `{ error }`) on, e.g. "__layoutBench". */
  resultKey: string;
  /** Names the page in an error. */
  label: string;
  timeoutMs: number;
  viewport?: { width: number; height: number };
}

/**
 * Opens a bench page in a fresh browser context (its own IndexedDB and caches), waits for the
 * result it leaves on `window[resultKey]` and returns it; a page that reports an error throws
 * with it. `inspect` may read more from the page before the context closes.
 */
export async function benchPageResult<T>(
  browser: Browser,
  request: BenchPageRequest,
  inspect?: (page: Page) => Promise<void>,
): Promise<T> {
  const context = await browser.newContext(request.viewport ? { viewport: request.viewport } : {});
  try {
    const page = await context.newPage();
    await page.goto(request.url);
    const handle = await page.waitForFunction(
      (key) => (window as unknown as Record<string, unknown>)[key],
      request.resultKey,
      { timeout: request.timeoutMs },
    );
    const result = (await handle.jsonValue()) as T | { error: string };
    if (result !== null && typeof result === "object" && "error" in result)
      throw new Error(`${request.label} bench page failed: ${result.error}`);
    await inspect?.(page);
    return result as T;
  } finally {
    await context.close();
  }
}

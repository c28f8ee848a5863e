import type { Browser } from "playwright-core";
import { makeSyntheticQuotes } from "../../tests/helpers/syntheticCorpus";
import { type Metrics, metric } from "./metrics";
import { median, round } from "./stats";

export interface CorpusImportBenchSize {
  quotes: number;
  runs: number;
}

/** A Markdown corpus of synthetic quotes under their chapter and section headings. */
export function corpusMarkdown(count: number): string {
  const parts: string[] = [];
  let chapter = -1;
  let section = "";
  for (const q of makeSyntheticQuotes(count)) {
    if (q.chapter !== chapter) parts.push(`# ${q.chapter} ${q.chapterTitle}`);
    if (q.chapter !== chapter || q.section !== section)
      parts.push(`## ${q.section} ${q.sectionTitle ?? ""}`.trim());
    chapter = q.chapter;
    section = q.section;
    parts.push(q.text);
  }
  return `${parts.join("\n\n")}\n`;
}

const MB = 1024 * 1024;

/**
 * corpus_import_20k_ms: a 20,000-quote Markdown file through the app's own import (file
 * input → worker parse → preview, then Opslaan → IndexedDB in chunks → library searchable),
 * timed by the app's marks without the person's reading time in between.
 * corpus_import_20k_peak_mb: the page's largest JS heap meanwhile (CDP JSHeapUsedSize, sampled
 * every 100 ms; the parse worker's heap is not in it). corpus_import_20k_longest_task_ms: the
 * longest main-thread task meanwhile, i.e. how long the page could not respond.
 */
export async function benchCorpusImport(
  browser: Browser,
  appUrl: string,
  size: CorpusImportBenchSize,
  timeoutMs: number,
): Promise<Metrics> {
  const buffer = Buffer.from(corpusMarkdown(size.quotes), "utf8");
  const totals: number[] = [];
  const peaks: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < size.runs; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(appUrl);
      await page.waitForFunction(
        () => performance.getEntriesByName("ontrafel:searchable").length > 0,
        undefined,
        { timeout: timeoutMs },
      );
      await page.getByRole("button", { name: "Corpora" }).click();
      const input = page.getByLabel(/Kies een bestand/);
      await input.waitFor({ timeout: timeoutMs });
      await page.evaluate(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        // Only tasks from the moment the file is chosen: start-up work is not the import's.
        new PerformanceObserver((list) => {
          const from = performance.getEntriesByName("ontrafel:corpus-import-start")[0]?.startTime;
          for (const entry of list.getEntries())
            if (from !== undefined && entry.startTime >= from)
              w.__longest = Math.max(w.__longest, entry.duration);
        }).observe({ type: "longtask" });
      });
      let peak = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const { metrics } = await cdp.send("Performance.getMetrics");
          const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
          peak = Math.max(peak, heap);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      await input.setInputFiles({ name: "bench.md", mimeType: "text/markdown", buffer });
      await page.getByTestId("import-preview").waitFor({ timeout: timeoutMs });
      await page.getByTestId("import-preview").getByRole("button", { name: "Opslaan" }).click();
      await page.waitForFunction(
        () => performance.getEntriesByName("ontrafel:corpus-import-done").length > 0,
        undefined,
        { timeout: timeoutMs },
      );
      sampling = false;
      await sampler;
      // No named helpers inside: tsx would wrap them in __name, which the page does not know.
      const [start, preview, storeStart, done] = await page.evaluate(
        (names) =>
          names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
        [
          "ontrafel:corpus-import-start",
          "ontrafel:corpus-import-preview",
          "ontrafel:corpus-import-store-start",
          "ontrafel:corpus-import-done",
        ],
      );
      const result = {
        ms:
          (preview ?? Number.NaN) -
          (start ?? Number.NaN) +
          ((done ?? Number.NaN) - (storeStart ?? Number.NaN)),
        longest: await page.evaluate(() => (window as unknown as { __longest: number }).__longest),
      };
      if (!Number.isFinite(result.ms)) throw new Error("import marks missing");
      totals.push(result.ms);
      peaks.push(peak / MB);
      longest.push(result.longest);
    } finally {
      await context.close();
    }
  }
  return {
    corpus_import_20k_ms: metric("corpus_import_20k_ms", round(median(totals)), "ms"),
    corpus_import_20k_peak_mb: metric("corpus_import_20k_peak_mb", round(Math.max(...peaks)), "MB"),
    corpus_import_20k_longest_task_ms: metric(
      "corpus_import_20k_longest_task_ms",
      round(median(longest)),
      "ms",
    ),
  };
}

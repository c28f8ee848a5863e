import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { parseSeedFiles } from "../../../src/domain/corpus/parse";
import type { Quote } from "../../../src/domain/corpus/quote";

const seedDir = join(import.meta.dirname, "../../../seeds");

/** The parser's own reading of the bundled seeds, for comparing with what the app shows. */
export function parsedSeedQuotes(): Quote[] {
  const files = readdirSync(seedDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
  return parseSeedFiles(files);
}

/** Opens the app and waits until the library is searchable and the analysis open beside it. */
export async function openApp(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await waitUntilSearchable(page);
}

/**
 * Waits until the open analysis is stored as it is now. An edit marks the save as pending at
 * once, so "saved" after an edit on screen means that edit is in IndexedDB.
 */
export async function analysisSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-status[data-state="saved"]')).toHaveCount(1);
}

/**
 * Waits until the library is searchable and the workspace beside it is open: the library
 * shows its quotes first, while the analysis and the canvas are still opening.
 */
export async function waitUntilSearchable(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("ontrafel:searchable").length > 0);
  await expect(page.locator(".skeleton-canvas")).toHaveCount(0);
}

/** The stored record of a corpus, read straight from IndexedDB (not through the app). */
export async function storedCorpusRecord(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (corpusId) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open("ontrafel");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction("corpora").objectStore("corpora").get(corpusId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

export function nl(n: number): string {
  return n.toLocaleString("nl-NL");
}

/** An analysis document as stored, for assertions on what IndexedDB holds. */
export interface StoredAnalysis {
  id: string;
  title: string;
  updatedAt: number;
  nodes: { id: string; kind: string; label?: string }[];
  edges: { id: string; source: string; target: string }[];
  [key: string]: unknown;
}

/** Every analysis document in IndexedDB, read straight from the database. */
export async function storedAnalyses(page: Page): Promise<StoredAnalysis[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAnalysis[]>((resolve, reject) => {
        const request = indexedDB.open("ontrafel");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction("analysisJson").objectStore("analysisJson").getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { analysis: StoredAnalysis }[]).map((r) => r.analysis));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

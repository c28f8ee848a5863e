import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { analysisSaved, openApp } from "./support/app";
import { addFactorByKeyboard } from "./support/canvas";

/**
 * The workspace's geometry at the two common screen sizes, in both languages: a header of one
 * fixed height (whatever the save state or notice), most of the height for the canvas, the
 * canvas tools on one row, and no control whose text is cut off.
 */
const SIZES = [
  { width: 1366, height: 768, canvasShare: 0.65 },
  { width: 1920, height: 1080, canvasShare: 0.75 },
] as const;
const LANGUAGES = ["nl", "en"] as const;
const fixture = join(import.meta.dirname, "../fixtures/import/v1-analysis.ontrafel.json");

async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole("banner").boundingBox();
  if (!box) throw new Error("no header");
  return box.height;
}

/**
 * Each visible button and select whose content is wider than its box, by name. The analysis
 * title in the header is left out: it is the one that gives way when the header is full, with
 * an ellipsis, its whole text in its label and tooltip.
 */
async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button:not(.analysis-nav-title-button), select")]
      .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth)
      .map((el) => `${el.tagName} "${el.getAttribute("aria-label") ?? el.textContent}"`),
  );
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`${size.width}×${size.height}, ${language}: fixed header, canvas room, one toolbar row, nothing clipped`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page);
      await page
        .getByRole("button", { name: language === "nl" ? "Nederlands" : "English", exact: true })
        .click();
      await expect(page.locator("html")).toHaveAttribute("lang", language);

      const before = await headerHeight(page);
      expect(before).toBeLessThanOrEqual(56);

      // A save changes the save state; the header keeps its height.
      await addFactorByKeyboard(page, "Wachtlijsten groeien");
      await analysisSaved(page);
      expect(await headerHeight(page)).toBe(before);

      // So does a notice (an import tells what it did).
      await page.getByTestId("import-file").setInputFiles(fixture);
      await expect(page.getByRole("alert")).toBeVisible();
      await expect(page.locator(".react-flow__node").first()).toBeVisible();
      expect(await headerHeight(page)).toBe(before);

      const canvas = await page.getByTestId("canvas").boundingBox();
      expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(size.height * size.canvasShare);

      // All the canvas's tools on one row: every button's top within a few pixels.
      const tops = await page
        .locator(".canvas-toolbars button")
        .evaluateAll((buttons) =>
          buttons
            .filter((b) => b.getClientRects().length > 0)
            .map((b) => b.getBoundingClientRect().top),
        );
      expect(tops.length).toBeGreaterThan(8);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
      // …and the row fits its column: no button reaches past the toolbar's right edge, nor
      // past the canvas's (a toolbar wider than its column is cut off by the side panel).
      const overflow = await page.locator(".canvas-toolbars").evaluate((bar) => {
        const canvas = document.querySelector("[data-testid=canvas]")?.getBoundingClientRect();
        const right = Math.min(bar.getBoundingClientRect().right, canvas?.right ?? 0);
        const buttons = [...bar.querySelectorAll("button")].filter(
          (b) => b.getClientRects().length > 0,
        );
        return Math.max(...buttons.map((b) => b.getBoundingClientRect().right)) - right;
      });
      expect(overflow).toBeLessThanOrEqual(0);

      expect(await clippedControls(page)).toEqual([]);

      // Selecting a card never scrolls the page itself: nothing reaches below the screen, and
      // the header stays at the top.
      await page.locator(".react-flow__node-quote").first().click();
      await expect(page.locator(".selection-bar")).toBeVisible();
      expect(
        await page.evaluate(() => {
          const doc = document.documentElement;
          return { overflow: doc.scrollHeight - doc.clientHeight, scrolled: doc.scrollTop };
        }),
      ).toEqual({ overflow: 0, scrolled: 0 });
      expect((await page.getByRole("banner").boundingBox())?.y).toBe(0);
    });
  }
}

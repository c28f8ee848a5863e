/**
 * npm run screens: builds nothing itself; serves dist/ (or ONTRAFEL_DIST) and writes a
 * screenshot of each screen to docs/screens/ at 1366×768 and 1920×1080, so the next person
 * sees the product without running it.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "./bench/chromium";
import { startStaticServer } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.env.ONTRAFEL_DIST ?? join(root, "dist"));
const out = join(root, "docs", "screens");
const fixture = join(root, "tests", "fixtures", "import", "v1-analysis.ontrafel.json");
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Until the library is searchable and the canvas beside it is open (it opens after). */
async function searchable(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("ontrafel:searchable").length > 0);
  await page.waitForFunction(() => document.querySelector(".skeleton-canvas") === null);
}

/** Until the canvas's view has not moved for half a second (presenting moves it into view). */
async function viewStill(page: Page) {
  // Counted afresh each time: an earlier wait's count would let a view about to move pass.
  await page.evaluate(() => {
    const seen = window as unknown as { lastView?: string | null; stillFor?: number };
    seen.lastView = undefined;
    seen.stillFor = 0;
  });
  await page.waitForFunction(
    () => {
      const style = document.querySelector(".react-flow__viewport")?.getAttribute("style");
      const seen = window as unknown as { lastView?: string | null; stillFor?: number };
      seen.stillFor = seen.lastView === style ? (seen.stillFor ?? 0) + 1 : 0;
      seen.lastView = style;
      return seen.stillFor >= 10;
    },
    undefined,
    { polling: 50 },
  );
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer(dist);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      const shot = (name: string) =>
        page.screenshot({ path: join(out, `${name}-${size.width}.png`) });
      await page.goto(`${server.url}/`);
      await searchable(page);
      await shot("workspace-empty");
      await page.locator('[data-testid="import-file"]').setInputFiles(fixture);
      await page.locator(".react-flow__node").first().waitFor();
      await page.locator(".notice-toast").waitFor();
      await page.getByRole("button", { name: "Boom ordenen" }).click();
      // The button is busy (and says "Ordenen…") while the layout runs.
      await page
        .getByRole("button", { name: "Boom ordenen" })
        .and(page.locator('[aria-busy="false"]'))
        .waitFor();
      // The view then glides to fit the arranged tree.
      await viewStill(page);
      await shot("workspace-tree");
      await page.locator(".react-flow__node-quote").first().click();
      await page.locator(".selection-bar").waitFor();
      await shot("workspace-selection");
      await page.keyboard.press("?");
      await page.getByRole("dialog").waitFor();
      await shot("help");
      await page.keyboard.press("Escape");
      await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("Shift+P");
      await page.locator("html.presenting").waitFor();
      await viewStill(page);
      await shot("presenting");
      await page.keyboard.press("Shift+P");
      await page.locator("html:not(.presenting)").waitFor();
      // The goal tree of the same analysis, then presented.
      await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
      await page.getByRole("button", { name: "Maak doelenboom" }).click();
      await page.locator('[data-testid="goal-diagram"] .react-flow__node').first().waitFor();
      await viewStill(page);
      await shot("goals");
      await page.getByRole("button", { name: "Presenteren" }).click();
      await page.locator("html.presenting").waitFor();
      await viewStill(page);
      await shot("goals-presenting");
      await page.keyboard.press("Shift+P");
      await page.locator("html:not(.presenting)").waitFor();
      await page.getByRole("button", { name: "Probleemboom", exact: true }).click();
      await page.goto(`${server.url}/#/`);
      await page.locator(".overview").waitFor();
      await shot("overview");
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screens written to ${out}`);
}

await main();

import { expect, test } from "@playwright/test";
import {
  nl,
  openApp,
  parsedSeedQuotes,
  storedCorpusRecord,
  waitUntilSearchable,
} from "./support/app";
import { axeFindings } from "./support/axe";
import { typeSearch } from "./support/canvas";

const quotes = parsedSeedQuotes();
/**
 * The bloemlezing's quotes as a reader counts them in the book: what the library must show.
 * 592 since parser version 2 reads bullet lists (pages 37, 49) as one quote each and joins
 * lines that belong together (docs/PARSER-ACCURACY.md).
 */
const total = 592;

function quoteWith(word: string) {
  const quote = quotes.find((q) => q.text.includes(word));
  if (!quote) throw new Error(`no seed quote contains "${word}"`);
  return quote;
}

test("first start shows the whole bloemlezing, all 592 quotes", async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId("corpus-status")).toContainText(`${nl(total)} citaten`);
  await expect(page.getByTestId("library-result-count")).toHaveText(
    `${nl(total)} van ${nl(total)} citaten`,
  );
  await expect(page.getByRole("heading", { name: /^1 Trends en ontwikkelingen/ })).toBeVisible();
});

test("search finds a quote by a word from its middle and by a misspelled word", async ({
  page,
}) => {
  const target = quoteWith("koudwatervrees");
  await openApp(page);
  const searchBox = page.getByLabel("Zoek in citaten");
  const result = page.locator(`[data-quote-id="${target.id}"]`);

  await searchBox.fill("koudwatervrees");
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toHaveText(/koudwatervrees/i);

  await searchBox.fill("koudwatrvrees");
  await expect(result).toBeVisible();
  await expect(page.getByTestId("library-result-count")).not.toHaveText(
    `${nl(total)} van ${nl(total)} citaten`,
  );
});

test("a section filter narrows the list to that section", async ({ page }) => {
  const inSection = quotes.filter((q) => q.section === "2.11");
  expect(inSection.length).toBeGreaterThan(0);
  await openApp(page);
  await page.getByLabel("Hoofdstuk", { exact: true }).selectOption("2");
  await page.getByLabel("Thema", { exact: true }).selectOption("2.11");
  await expect(page.getByTestId("library-result-count")).toHaveText(
    `${nl(inSection.length)} van ${nl(total)} citaten`,
  );
  const shown = page.locator("[data-quote-id]");
  await expect(shown.first()).toBeVisible();
  const ids = await shown.evaluateAll((els) => els.map((el) => el.getAttribute("data-quote-id")));
  const allowed = new Set(inSection.map((q) => q.id));
  expect(ids.every((id) => id !== null && allowed.has(id))).toBe(true);
});

test("a reload reads the corpus from IndexedDB without importing it again", async ({ page }) => {
  await openApp(page);
  const first = await storedCorpusRecord(page, "seed-bloemlezing");
  expect(first.quoteCount).toBe(total);
  expect(
    await page.evaluate(() => performance.getEntriesByName("ontrafel:seed-import").length),
  ).toBe(1);

  await page.reload();
  await waitUntilSearchable(page);
  const second = await storedCorpusRecord(page, "seed-bloemlezing");
  expect(second.importedAt).toBe(first.importedAt);
  expect(second.contentHash).toBe(first.contentHash);
  expect(
    await page.evaluate(() => performance.getEntriesByName("ontrafel:seed-import").length),
  ).toBe(0);
  await expect(page.getByTestId("library-result-count")).toHaveText(
    `${nl(total)} van ${nl(total)} citaten`,
  );
});

test("the library works by keyboard alone", async ({ page }) => {
  await openApp(page);
  // The first Tab reaches the skip link; following it lands in the quote library.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de citaten" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab"); // search
  await expect(page.getByLabel("Zoek in citaten")).toBeFocused();
  await typeSearch(page, "AVG");
  await page.keyboard.press("Tab"); // clear button
  await page.keyboard.press("Tab"); // chapter
  await page.keyboard.press("Tab"); // section
  await page.keyboard.press("Tab"); // first quote
  const first = page.locator("article:focus");
  await expect(first).toHaveCount(1);
  const firstId = await first.getAttribute("data-quote-id");
  await page.keyboard.press("ArrowDown");
  const second = page.locator("article:focus");
  await expect(second).toHaveCount(1);
  expect(await second.getAttribute("data-quote-id")).not.toBe(firstId);
});

test("long quotes can be read in full", async ({ page }) => {
  const long = quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  await openApp(page);
  const words = long.text.split(/\s+/).slice(0, 6).join(" ");
  await page.getByLabel("Zoek in citaten").fill(words);
  const card = page.locator(`[data-quote-id="${long.id}"]`);
  await card.getByRole("button", { name: "Hele tekst tonen" }).click();
  const text = card.locator(".quote-text");
  // Expanded: the paragraph is not clipped, every line of it is laid out in view.
  const clipped = await text.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(clipped).toBe(false);
  await expect(card.getByRole("button", { name: "Minder tonen" })).toBeVisible();
});

test("the interface switches to English and remembers it", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByLabel("Search quotes")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await waitUntilSearchable(page);
  await expect(page.getByLabel("Search quotes")).toBeVisible();
});

test("the library screen has no serious or moderate accessibility findings", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Zoek in citaten").fill("opvang");
  expect(await axeFindings(page)).toEqual([]);
});

test("the compact view shows more quotes at once, and the choice is kept after a reload", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const list = page.locator(".library-list");
  /** Quotes wholly inside the list's visible part. */
  const quotesInView = () =>
    list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll("article[data-quote-id]")].filter((q) => {
        const r = q.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }).length;
    });
  const comfortable = await quotesInView();
  expect(comfortable).toBeGreaterThan(0);
  const toggle = page.getByRole("button", { name: "Compacte weergave" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(quotesInView).toBeGreaterThanOrEqual(Math.ceil(comfortable * 1.3));
  await page.reload();
  await expect(page.getByRole("button", { name: "Compacte weergave" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

import { expect, type Locator, type Page, test } from "@playwright/test";
import { openApp, waitUntilSearchable } from "./support/app";
import { addFactorByKeyboard as addFactor, nodesOfKind } from "./support/canvas";

test("a new analysis opens by deep link, the back button returns to the overview", async ({
  page,
}) => {
  await openApp(page);
  await expect(page).toHaveURL(/#\/analysis\//);
  const firstUrl = page.url();
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
  await page.getByRole("button", { name: "+ Nieuwe analyse" }).click();
  await expect(page).toHaveURL(/#\/analysis\//);
  expect(page.url()).not.toBe(firstUrl);
  await addFactor(page, "In de tweede analyse");

  await page.goBack();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
  await expect(page.locator("[data-analysis-id]")).toHaveCount(2);

  // The first analysis opens by its deep link, without the second one's factor.
  await page.goto(firstUrl);
  await waitUntilSearchable(page);
  await expect(nodesOfKind(page, "factor")).toHaveCount(0);
});

test("a deep link to an analysis that does not exist says so and shows the overview", async ({
  page,
}) => {
  await openApp(page);
  await page.goto(`${new URL(page.url()).origin}/#/analysis/bestaat-niet`);
  await expect(page.getByRole("alert").filter({ hasText: "bestaat niet" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
});

/** The canvas holds exactly one factor, with this label. */
async function expectOnlyFactor(page: Page, label: string) {
  await expect(nodesOfKind(page, "factor")).toHaveCount(1);
  await expect(nodesOfKind(page, "factor")).toContainText(label);
}

async function viewportTransform(page: Page): Promise<string> {
  return page
    .locator(".react-flow__viewport")
    .evaluate((el) => (el as HTMLElement).style.transform);
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
}

async function toOverview(page: Page) {
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  await expect(page.getByRole("heading", { name: "Analyses", level: 2 })).toBeVisible();
}

/** The overview entry of the analysis with exactly this title. */
function entry(page: Page, title: string): Locator {
  return page
    .locator("[data-analysis-id]")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

/** Renames the open analysis with the title field in the header. */
async function renameOpen(page: Page, title: string) {
  await page.getByRole("button", { name: /^Titel wijzigen/ }).click();
  await page.getByRole("textbox", { name: "Titel van de analyse" }).fill(title);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: `Titel wijzigen: ${title}` })).toBeVisible();
}

test("two analyses keep their own nodes and viewport across a reload", async ({ page }) => {
  await openApp(page);
  await renameOpen(page, "Eerste");
  await addFactor(page, "Alleen in de eerste");
  await page.getByRole("button", { name: "Inzoomen" }).click();
  await waitUntilSaved(page);
  const firstViewport = await viewportTransform(page);
  const firstUrl = page.url();

  await toOverview(page);
  await page.getByRole("button", { name: "+ Nieuwe analyse" }).click();
  await expect(page).toHaveURL(/#\/analysis\//);
  await renameOpen(page, "Tweede");
  await addFactor(page, "Alleen in de tweede");
  await page.getByRole("button", { name: "Uitzoomen" }).click();
  await page.getByRole("button", { name: "Uitzoomen" }).click();
  await waitUntilSaved(page);
  const secondViewport = await viewportTransform(page);
  expect(secondViewport).not.toBe(firstViewport);

  await page.reload();
  await waitUntilSearchable(page);
  await expectOnlyFactor(page, "Alleen in de tweede");
  await expect.poll(() => viewportTransform(page)).toBe(secondViewport);

  await page.goto(firstUrl);
  await expect(page.getByRole("button", { name: "Titel wijzigen: Eerste" })).toBeVisible();
  await expectOnlyFactor(page, "Alleen in de eerste");
  await expect.poll(() => viewportTransform(page)).toBe(firstViewport);

  await toOverview(page);
  await expect(entry(page, "Eerste")).toContainText("0 citaten, 0 clusters, 0 verbanden");
  await expect(entry(page, "Eerste").locator("svg rect")).toHaveCount(1);
  await expect(entry(page, "Tweede")).toBeVisible();
});

test("rename, duplicate, trash, restore and empty the trash from the overview", async ({
  page,
}) => {
  await openApp(page);
  await renameOpen(page, "Wachtlijsten");
  await addFactor(page, "Lange wachttijd");
  await waitUntilSaved(page);
  await toOverview(page);

  await entry(page, "Wachtlijsten").getByRole("button", { name: "Naam wijzigen" }).click();
  await page.getByRole("textbox", { name: "Nieuwe naam" }).fill("Wachttijden");
  await page.keyboard.press("Enter");
  await expect(entry(page, "Wachttijden")).toBeVisible();

  await entry(page, "Wachttijden").getByRole("button", { name: "Dupliceren" }).click();
  await expect(entry(page, "Wachttijden (kopie)")).toBeVisible();
  await expect(page.locator("[data-analysis-id]")).toHaveCount(2);

  // The copy opens with the original's content.
  await entry(page, "Wachttijden (kopie)").getByRole("link").click();
  await expectOnlyFactor(page, "Lange wachttijd");
  await toOverview(page);

  await entry(page, "Wachttijden").getByRole("button", { name: "Naar prullenbak" }).click();
  const trash = page.getByRole("region", { name: "Prullenbak (1)" });
  await expect(trash).toContainText("Wachttijden");
  await expect(page.locator("[data-analysis-id]")).toHaveCount(1);

  await trash.getByRole("button", { name: "Terugzetten: Wachttijden" }).click();
  await expect(entry(page, "Wachttijden")).toBeVisible();
  await expect(page.getByRole("region", { name: /Prullenbak/ })).toHaveCount(0);

  await entry(page, "Wachttijden (kopie)").getByRole("button", { name: "Naar prullenbak" }).click();
  await page.getByRole("button", { name: "Prullenbak legen…" }).click();
  await page.getByRole("button", { name: "Annuleren" }).click();
  await expect(page.getByRole("region", { name: "Prullenbak (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Prullenbak legen…" }).click();
  await page.getByRole("button", { name: "Definitief verwijderen" }).click();
  await expect(page.getByRole("region", { name: /Prullenbak/ })).toHaveCount(0);

  // Gone for good. (Start-up may add a new analysis, as the one opened last no longer exists.)
  await page.reload();
  await expect(entry(page, "Wachttijden")).toBeVisible();
  await expect(entry(page, "Wachttijden (kopie)")).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Prullenbak/ })).toHaveCount(0);
});

test("a deep link to an analysis in the trash shows the notice and the overview", async ({
  page,
}) => {
  await openApp(page);
  await renameOpen(page, "Weggegooid");
  await waitUntilSaved(page);
  const url = page.url();
  await toOverview(page);
  await entry(page, "Weggegooid").getByRole("button", { name: "Naar prullenbak" }).click();
  await expect(page.getByRole("region", { name: "Prullenbak (1)" })).toBeVisible();

  await page.goto(url);
  await expect(page.getByRole("alert").filter({ hasText: "prullenbak" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Analyses", level: 2 })).toBeVisible();
  // And when the page starts on that address (start-up reads it, not only the router).
  await page.goto("about:blank");
  await page.goto(url);
  await expect(page.getByRole("alert").filter({ hasText: "prullenbak" })).toBeVisible();
});

test("a saved version is restored as a new analysis; the original stays as it is", async ({
  page,
}) => {
  await openApp(page);
  await renameOpen(page, "Jeugdzorg");
  await addFactor(page, "Voor de workshop");
  await page.getByRole("button", { name: "Versie bewaren" }).click();
  await page.getByRole("textbox", { name: "Naam van de versie" }).fill("Versie 1");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Versie Versie 1 bewaard." }),
  ).toBeVisible();

  await addFactor(page, "Na de workshop");
  await waitUntilSaved(page);
  await toOverview(page);

  const original = entry(page, "Jeugdzorg");
  await original.getByRole("button", { name: "Versies" }).click();
  const versions = original.getByRole("list", { name: "Bewaarde versies van Jeugdzorg" });
  await expect(versions).toContainText("Versie 1");
  await versions.getByRole("button", { name: "Herstellen als kopie" }).click();
  const copy = entry(page, "Jeugdzorg (Versie 1)");
  await expect(copy).toBeVisible();

  await copy.getByRole("link").click();
  await expectOnlyFactor(page, "Voor de workshop");
  await toOverview(page);
  await original.getByRole("link").click();
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
});

test("new analyses get a dated title of their own; search finds one by a word on its canvas; the one opened last is listed first", async ({
  page,
}) => {
  await openApp(page);
  const overview = async () => {
    await page.getByRole("link", { name: /Alle analyses/ }).click();
    await expect(page.getByRole("heading", { name: "Analyses", level: 2 })).toBeVisible();
  };
  await overview();
  await page.getByRole("button", { name: "+ Nieuwe analyse" }).click();
  await addFactor(page, "Wachtlijsten groeien");
  await overview();
  await page.getByRole("button", { name: "+ Nieuwe analyse" }).click();
  await expect(page).toHaveURL(/#\/analysis\//);
  await overview();

  const titles = await page.locator(".analysis-title").allTextContents();
  const dated = titles.filter((title) => /^Analyse \d{1,2} \w+ \d{4}( \(2\))?$/.test(title));
  expect(dated).toHaveLength(2);
  expect(new Set(dated).size).toBe(2);

  await page.getByLabel("Zoek in analyses").fill("wachtlijsten");
  await expect(page.locator("[data-analysis-id]")).toHaveCount(1);
  await expect(page.locator("[data-analysis-id] .analysis-title")).toHaveText(/^Analyse \d/);
  const found = await page.locator("[data-analysis-id]").getAttribute("data-analysis-id");
  await page.getByLabel("Zoek in analyses").fill("");
  const rows = page.locator("[data-analysis-id]");
  await expect(rows).toHaveCount(3);

  // Listed by last opening by default: the one found, opened again, comes first.
  await expect(page.getByLabel("Sorteren")).toHaveValue("opened");
  await expect(rows.first()).not.toHaveAttribute("data-analysis-id", found ?? "");
  await page.locator(`[data-analysis-id="${found}"] .analysis-title`).click();
  await expect(page).toHaveURL(new RegExp(`#/analysis/${found}`));
  await overview();
  await expect(rows.first()).toHaveAttribute("data-analysis-id", found ?? "");
});

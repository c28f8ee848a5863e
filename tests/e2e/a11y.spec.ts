import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./support/app";
import { axeFindings } from "./support/axe";
import { captureTree, nodesOfKind, selectByKeyboard } from "./support/canvas";

async function expectAccessible(page: Page) {
  expect(await axeFindings(page)).toEqual([]);
}

/** A small tree, built by keyboard: a core problem with two causes and an effect. */
const smallTree = (page: Page) =>
  captureTree(
    page,
    "Slachtoffers blijven buiten beeld",
    ["Signalen niet herkend", "Geen meldpunt"],
    ["Daders gaan vrijuit"],
  );

test("the analyses overview passes axe", async ({ page }) => {
  await page.goto("/#/");
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
  await expectAccessible(page);
});

test("the workspace passes axe, empty and with a tree, and with the help open", async ({
  page,
}) => {
  await openApp(page);
  await expectAccessible(page);
  await smallTree(page);
  await expectAccessible(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Sneltoetsen" })).toBeVisible();
  await expectAccessible(page);
});

test("presentation mode passes axe, with focus, a voting round and the timer on", async ({
  page,
}) => {
  await openApp(page);
  await smallTree(page);
  await page.keyboard.press("v");
  await page.getByRole("button", { name: "Stemronde starten" }).click();
  await page
    .getByTestId("voting-panel")
    .getByRole("button", { name: "Stip voor Geen meldpunt" })
    .click();
  await expectAccessible(page);
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("h");
  await page.keyboard.press("t");
  await page.keyboard.press("Shift+P");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expectAccessible(page);
});

test("the projector window passes axe", async ({ page }) => {
  await openApp(page);
  await smallTree(page);
  const [projector] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Projector" }).click(),
  ]);
  await expect(nodesOfKind(projector, "factor")).toHaveCount(4);
  await expectAccessible(projector);
});

test("main flow by keyboard alone: place quotes, cluster, role, link, vote", async ({ page }) => {
  await openApp(page);
  // Into the quote list: skip link, then Tab to the first quote.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de citaten" })).toBeFocused();
  await page.keyboard.press("Enter");
  for (let i = 0; i < 15; i++) {
    const inQuote = await page.evaluate(
      () => document.activeElement?.closest("[data-quote-id]") !== null,
    );
    if (inQuote) break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("p");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("p");
  await expect(nodesOfKind(page, "quote")).toHaveCount(2);

  // F6 to the canvas; select both cards and group them; name and role.
  await page.keyboard.press("F6");
  await expect(page.getByTestId("canvas")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("g");
  await expect(page.locator(".editable-field")).toBeFocused();
  await page.keyboard.type("Signalen worden gemist");
  await page.keyboard.press("Enter");
  await page.keyboard.press("2");
  const cluster = nodesOfKind(page, "cluster");
  await expect(cluster).toContainText("Signalen worden gemist");
  await expect(cluster).toContainText("Oorzaak");

  // A core problem, linked from the cluster with keyboard linking (L, then ] to the target).
  await page.keyboard.press("f");
  await expect(page.locator(".editable-field")).toBeFocused();
  await page.keyboard.type("Slachtoffers blijven buiten beeld");
  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  const problem = nodesOfKind(page, "factor");
  const clusterId = await cluster.getAttribute("data-id");
  await selectByKeyboard(page, clusterId);
  await page.keyboard.press("l");
  const problemId = await problem.getAttribute("data-id");
  await selectByKeyboard(page, problemId);
  await page.keyboard.press("Enter");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // A voting round (V, Enter starts it with its defaults), then a dot for the cluster.
  await page.keyboard.press("v");
  await expect(page.getByLabel("Naam van de ronde")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Open ronde: Ronde 1")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("canvas")).toBeFocused();
  await selectByKeyboard(page, clusterId);
  await page.keyboard.press("+");
  await expect(cluster.getByTestId("vote-badge")).toContainText("1");
  await expect(problem.getByTestId("vote-badge")).toContainText("0");
});

test("the corpora dialog, the corrections list and the export dialog in English pass axe", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Corpora" }).click();
  const corpora = page.getByRole("dialog");
  await expect(corpora).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(corpora).toBeHidden();
  await page.getByRole("button", { name: /Correcties/ }).click();
  const corrections = page.getByRole("dialog");
  await expect(corrections).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(corrections).toBeHidden();
  await page.getByRole("button", { name: "English", exact: true }).click();
  await smallTree(page);
  await page.getByRole("button", { name: "Export…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

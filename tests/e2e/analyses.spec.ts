import { expect, test } from "@playwright/test";
import { openApp, waitUntilSearchable } from "./support/app";
import { nodesOfKind } from "./support/canvas";

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
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("f");
  await page.keyboard.type("In de tweede analyse");
  await page.keyboard.press("Enter");

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

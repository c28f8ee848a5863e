import { expect, test } from "@playwright/test";
import { openApp, waitUntilSearchable } from "./support/app";
import {
  addFactorByKeyboard as addFactor,
  canvasPosition,
  nodesOfKind,
  viewSettled,
} from "./support/canvas";

test("an edit followed at once by a reload is not lost", async ({ page }) => {
  await openApp(page);
  await addFactor(page, "Net getypt");
  await expect(nodesOfKind(page, "factor")).toContainText("Net getypt");
  await page.reload();
  await waitUntilSearchable(page);
  await expect(nodesOfKind(page, "factor")).toContainText("Net getypt");
});

test("the analysis reopens after a reload with its nodes, links and viewport", async ({ page }) => {
  await openApp(page);
  await addFactor(page, "Oorzaak");
  await addFactor(page, "Gevolg");
  await page.keyboard.press("l");
  await page.keyboard.press("[");
  await page.keyboard.press("Enter");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await page.getByRole("button", { name: "Inzoomen" }).click();
  await viewSettled(page);
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
  const viewport = await page
    .locator(".react-flow__viewport")
    .evaluate((el) => (el as HTMLElement).style.transform);
  const positions = await Promise.all(
    [0, 1].map((i) => canvasPosition(nodesOfKind(page, "factor").nth(i))),
  );

  await page.reload();
  await waitUntilSearchable(page);
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  expect(
    await Promise.all([0, 1].map((i) => canvasPosition(nodesOfKind(page, "factor").nth(i)))),
  ).toEqual(positions);
  await expect(page.locator(".react-flow__viewport")).toHaveAttribute(
    "style",
    new RegExp(viewport.replace(/[()]/g, "\\$&")),
  );
});

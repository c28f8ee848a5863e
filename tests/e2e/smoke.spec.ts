import { expect, test } from "@playwright/test";

// Proves the harness: the production build is served and the app shell renders.
test("the app shell loads with its title and a main landmark", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Ontrafel/);
  await expect(page.getByRole("main")).toBeVisible();
});

import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/bench/chromium";

// scripts/run-e2e.mjs serves the production build on a free port and passes its URL here.
const baseURL = process.env.ONTRAFEL_BASE_URL;
if (!baseURL) {
  throw new Error("ONTRAFEL_BASE_URL is not set: run the browser tests with `npm run test:e2e`.");
}

export default defineConfig({
  testDir: "e2e",
  // Kept apart from test-results/ itself: Playwright empties its outputDir on every run,
  // and the other suites' reports live next to it.
  outputDir: process.env.ONTRAFEL_TEST_OUT ?? "../test-results/e2e-artifacts",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The machines have two cores; the second one serves the page and runs the browser.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: `${process.env.ONTRAFEL_TEST_OUT ?? "../test-results"}/e2e.json` }],
  ],
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});

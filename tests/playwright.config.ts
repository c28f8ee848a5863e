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
  // Hang guards, not speed budgets: every step waits on the state it needs, and on a loaded or
  // slower machine (two CPU burners plus the suite's own two workers, `npm run test:e2e:loaded`)
  // long tests took 40 s to 2 min where a quiet one takes 10 to 50 s. A real failure still ends
  // at the first expectation that stays false for 10 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
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

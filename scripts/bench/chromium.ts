/**
 * How every browser run here starts Debian's Chromium: the Playwright tests
 * (tests/playwright.config.ts) and the bench share it.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Without the background-networking flags Chromium keeps trying to reach Google's
 * services, and this machine's closed network refuses each try; --no-sandbox because
 * CI runs as root.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumLaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
};

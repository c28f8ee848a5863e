#!/usr/bin/env node
// The browser tests and the bench drive Debian's Chromium (no downloaded browser builds).
// Installs it when missing and we are root (as on CI); otherwise says what to install.
// Browser tests are never skipped: a missing browser is a failure, under CI=true too.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDebianPackage } from "./ensure-debian-package.mjs";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** True when Chromium is (now) available. */
export function ensureChromium() {
  return ensureDebianPackage({
    name: "ensure-chromium",
    path: CHROMIUM_PATH,
    debianPackage: "chromium",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureChromium() ? 0 : 1);
}

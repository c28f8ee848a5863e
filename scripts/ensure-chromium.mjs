#!/usr/bin/env node
// The browser tests and the bench drive Debian's Chromium (no downloaded browser builds).
// Installs it when missing and we are root (as on CI); otherwise says what to install.
// Browser tests are never skipped: a missing browser is a failure, under CI=true too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CHROMIUM_PATH = "/usr/bin/chromium";

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/** True when Chromium is (now) available. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `ensure-chromium: ${CHROMIUM_PATH} is missing. Install Debian's "chromium" package ` +
        "(sudo apt-get install chromium) and run again.",
    );
    return false;
  }
  console.log(`ensure-chromium: ${CHROMIUM_PATH} is missing; installing Debian's chromium`);
  const installed = run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"]);
  if (!installed || !existsSync(CHROMIUM_PATH)) {
    console.error("ensure-chromium: installing chromium with apt-get failed");
    return false;
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureChromium() ? 0 : 1);
}

#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or does not match package-lock.json, so a fresh
// clone needs nothing but `npm start` / `npm test`. Quick (two JSON reads) when up to date.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const lockPath = join(repoRoot, "package-lock.json");
// npm writes this "hidden lockfile" after every install: what is really in node_modules.
const installedPath = join(repoRoot, "node_modules", ".package-lock.json");

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Why node_modules needs a fresh install, or null when it matches the lockfile. */
function staleReason() {
  if (!existsSync(installedPath)) return "node_modules is missing";
  const wanted = readJson(lockPath).packages ?? {};
  const installed = readJson(installedPath).packages ?? {};
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === "") continue; // the project itself
    const have = installed[path];
    // Optional packages for other platforms (e.g. @esbuild/darwin-arm64) are never installed.
    if (!have) {
      if (entry.optional || entry.devOptional) continue;
      return `${path} is not installed`;
    }
    if (have.version !== entry.version) {
      return `${path} is ${have.version}, package-lock.json wants ${entry.version}`;
    }
  }
  for (const path of Object.keys(installed)) {
    if (!(path in wanted)) return `${path} is installed but not in package-lock.json`;
  }
  return null;
}

const reason = staleReason();
if (reason !== null) {
  console.log(`ensure-deps: ${reason}; running npm ci`);
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: repoRoot,
    // No stdin: CI runs without one, and nothing here may wait for an answer.
    stdio: ["ignore", "inherit", "inherit"],
    // Browsers come from Debian (scripts/ensure-chromium.mjs), never from a download.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
  });
  if (result.status !== 0) {
    console.error("ensure-deps: npm ci failed");
    process.exit(result.status ?? 1);
  }
}

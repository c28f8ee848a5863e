#!/usr/bin/env node
// Browser tests against the production build: serve dist/ on a free localhost port, run
// Playwright (tests/playwright.config.ts) with that URL, stop the server. Extra arguments
// go to `playwright test` (e.g. a spec file or --grep).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./ensure-chromium.mjs";
import { startStaticServer } from "./serve.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
// ONTRAFEL_DIST lets parallel work serve its own build (e.g. `vite build --outDir /tmp/x`).
const distDir = process.env.ONTRAFEL_DIST
  ? resolve(process.env.ONTRAFEL_DIST)
  : join(repoRoot, "dist");

function runPlaywright(baseUrl, extraArgs) {
  const bin = join(repoRoot, "node_modules", ".bin", "playwright");
  const args = ["test", "-c", "tests/playwright.config.ts", ...extraArgs];
  return new Promise((done) => {
    const child = spawn(bin, args, {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        ONTRAFEL_BASE_URL: baseUrl,
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      },
    });
    child.on("error", (error) => {
      console.error(`run-e2e: could not start Playwright: ${error.message}`);
      done(1);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

export async function runE2e(extraArgs = []) {
  if (!ensureChromium()) return 1;
  if (!existsSync(join(distDir, "index.html"))) {
    console.error("run-e2e: dist/index.html is missing; build first with `npm run build`.");
    return 1;
  }
  const server = await startStaticServer(distDir, 0);
  console.log(`run-e2e: serving dist/ at ${server.url}`);
  try {
    return await runPlaywright(server.url, extraArgs);
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await runE2e(process.argv.slice(2)));
}

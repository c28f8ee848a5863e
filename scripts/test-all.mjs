#!/usr/bin/env node
// `npm test`: every check in one go. All stages run even when an earlier one fails, so one
// run shows everything that is wrong. Ends with a per-suite table and one closing line
// "N passed, N failed" (also written to test-results/summary.txt for .ci/run).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const resultsDir = join(repoRoot, "test-results");
const vitestReport = join(resultsDir, "vitest.json");
const playwrightReport = join(resultsDir, "e2e.json");

const bin = (name) => join(repoRoot, "node_modules", ".bin", name);

/** A stage that is one check: passed when its command exits 0. */
const countExit = (exitCode) => ({
  passed: exitCode === 0 ? 1 : 0,
  failed: exitCode === 0 ? 0 : 1,
});

function readReport(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Counts from a runner's report. A run that failed without a failing test (a file that does
 * not load, no tests found, a crash) still counts as one failure.
 */
function withRunFailure(counts, exitCode) {
  if (exitCode !== 0 && counts.failed === 0) return { ...counts, failed: 1 };
  return counts;
}

/** A runner that wrote no readable report did not tell what passed: one failure. */
const MISSING_REPORT = { passed: 0, failed: 1 };

function countVitest(exitCode) {
  const report = readReport(vitestReport);
  if (!report) return MISSING_REPORT;
  return withRunFailure(
    {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    },
    exitCode,
  );
}

function countPlaywright(exitCode) {
  const report = readReport(playwrightReport);
  if (!report?.stats) return MISSING_REPORT;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return withRunFailure({ passed: expected + flaky, failed: unexpected, skipped }, exitCode);
}

const stages = [
  { suite: "lint (biome)", command: bin("biome"), args: ["check", "."], count: countExit },
  {
    suite: "type-check (tsc)",
    command: bin("tsc"),
    args: ["--noEmit", "-p", "tsconfig.json"],
    count: countExit,
  },
  {
    suite: "unit (vitest)",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
    report: vitestReport,
    count: countVitest,
  },
  { suite: "build (vite)", command: bin("vite"), args: ["build"], count: countExit },
  {
    suite: "browser (playwright)",
    command: process.execPath,
    args: [join(repoRoot, "scripts", "run-e2e.mjs")],
    report: playwrightReport,
    count: countPlaywright,
  },
  {
    suite: "bench smoke",
    command: bin("tsx"),
    args: [join(repoRoot, "scripts", "bench.ts"), "--smoke", "--reuse-build"],
    count: countExit,
  },
];

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
    });
    child.on("error", (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function formatTable(rows) {
  const header = ["suite", "passed", "failed", "skipped", "seconds", ""];
  const lines = rows.map((r) => [
    r.suite,
    String(r.passed),
    String(r.failed),
    String(r.skipped ?? 0),
    r.seconds.toFixed(1),
    r.failed > 0 ? "FAIL" : "ok",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [format(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(format)].join(
    "\n",
  );
}

mkdirSync(resultsDir, { recursive: true });
rmSync(join(resultsDir, "summary.txt"), { force: true });

const rows = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.suite} ===`);
  if (stage.report) rmSync(stage.report, { force: true }); // never count an old report
  const started = performance.now();
  const exitCode = await run(stage.command, stage.args);
  const seconds = (performance.now() - started) / 1000;
  rows.push({ suite: stage.suite, seconds, ...stage.count(exitCode) });
}

const passed = rows.reduce((sum, r) => sum + r.passed, 0);
const failed = rows.reduce((sum, r) => sum + r.failed, 0);
const closingLine = `${passed} passed, ${failed} failed`;
writeFileSync(join(resultsDir, "summary.txt"), `${closingLine}\n`);
console.log(`\n${formatTable(rows)}\n`);
console.log(closingLine);
process.exit(failed > 0 ? 1 : 0);

import { existsSync } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import { type Metrics, meetsTarget } from "./metrics";
import type { ScalingPoint } from "./scaling";

function verdict(ok: boolean | null): string {
  if (ok === null) return "—";
  return ok ? "ok" : "OVER";
}

function rows(metrics: Metrics): string[][] {
  return Object.entries(metrics).map(([name, m]) => [
    name,
    String(m.value),
    m.unit,
    m.target === null ? "—" : String(m.target),
    verdict(meetsTarget(m)),
  ]);
}

const HEADER = ["metric", "value", "unit", "target", ""];

export function formatTable(metrics: Metrics): string {
  const lines = [HEADER, ...rows(metrics)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)));
  return lines.map((l) => format(l).join("  ")).join("\n");
}

export async function writeResults(path: string, metrics: Metrics): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify({ metrics }, null, 2)}\n`);
}

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  chromium: string;
}

export function describeMachine(chromiumVersion: string): Machine {
  const cpuList = cpus();
  return {
    cores: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? "unknown CPU",
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    chromium: chromiumVersion,
  };
}

const INTRO = `# Performance

Measured by \`npm run bench\` (scripts/bench.ts): production builds served on localhost and
driven in headless Debian Chromium. Every timing is a median of at least five runs after a
warm-up; the search percentiles are over every timed query. Each cold start uses a fresh
browser context (empty IndexedDB and caches). Targets are budgets: lower is better. The
latest run's raw numbers are in tests/bench/results.json (not committed).
`;

/** The growth curve as a markdown table, with the chart the same run drew. */
export function scalingTable(points: readonly ScalingPoint[]): string {
  if (points.length === 0) return "";
  const lines = [
    "How cost grows (chart: [performance-scaling.svg](performance-scaling.svg), latest run):",
    "",
    "| nodes | first render ms | bare React Flow ms | ratio | save ms |",
    "| --- | --- | --- | --- | --- |",
    ...points.map(
      (p) =>
        `| ${p.nodes} | ${p.oursMs.toFixed(1)} | ${p.bareMs.toFixed(1)} | ` +
        `${(p.oursMs / p.bareMs).toFixed(2)} | ${p.saveMs.toFixed(1)} |`,
    ),
  ];
  return lines.join("\n");
}

/** Appends one run as a dated markdown table; creates the file with an intro first. */
export async function appendPerformanceLog(
  path: string,
  metrics: Metrics,
  machine: Machine,
  date: Date,
  extra = "",
): Promise<void> {
  if (!existsSync(path)) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, INTRO);
  }
  const stamp = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const table = [HEADER.map((h) => h || "status"), ...rows(metrics)]
    .map((cells, i) => {
      const line = `| ${cells.join(" | ")} |`;
      return i === 0 ? `${line}\n|${cells.map(() => " --- |").join("")}` : line;
    })
    .join("\n");
  const section = [
    "",
    `## ${stamp}`,
    "",
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory; ` +
      `Chromium ${machine.chromium}; Node ${process.version}.`,
    "",
    table,
    "",
    ...(extra ? [extra, ""] : []),
  ].join("\n");
  await appendFile(path, section);
}

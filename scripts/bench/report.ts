import { existsSync } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import {
  KNOWN_GAPS,
  type Metric,
  type Metrics,
  meetsFloorTarget,
  meetsTarget,
  ratioOf,
} from "./metrics";
import type { ScalingPoint } from "./scaling";

function verdict(ok: boolean | null): string {
  if (ok === null) return "—";
  return ok ? "ok" : "OVER";
}

const number = (value: number) => String(Math.round(value * 1000) / 1000);

function targetText(m: Metric): string {
  const parts: string[] = [];
  if (m.ratioTarget) parts.push(`≤ ${m.ratioTarget}× floor`);
  if (m.excessTarget !== null && m.excessTarget !== undefined)
    parts.push(`≤ floor + ${m.excessTarget} ${m.unit === "%" ? "pp" : m.unit}`);
  if (m.target !== null) parts.push(`≤ ${m.target}`);
  return parts.join(", ") || "—";
}

/** ok only when every budget the metric has holds; "—" when it has none. */
function status(m: Metric, metrics: Metrics): boolean | null {
  const verdicts = [meetsTarget(m), meetsFloorTarget(m, metrics)].filter((v) => v !== null);
  return verdicts.length === 0 ? null : verdicts.every(Boolean);
}

function rows(metrics: Metrics): string[][] {
  return Object.entries(metrics).map(([name, m]) => {
    const floor = m.floor ? metrics[m.floor] : undefined;
    const ratio = ratioOf(m, metrics);
    return [
      name,
      String(m.value),
      m.unit,
      m.floor ? (floor ? `${number(floor.value)} (${m.floor})` : `missing (${m.floor})`) : "—",
      ratio === null ? "—" : `${ratio.toFixed(2)}×`,
      targetText(m),
      verdict(status(m, metrics)),
    ];
  });
}

const HEADER = ["metric", "value", "unit", "floor (same run)", "ratio", "target", ""];

/**
 * The bar: "all ratio targets met", or each one that is not with its ratio and, where the
 * profiles found it, the reason; absolute budgets over are named too.
 */
export function barLine(metrics: Metrics): string {
  const missed: string[] = [];
  for (const [name, m] of Object.entries(metrics)) {
    const ratioOk = meetsFloorTarget(m, metrics);
    if (ratioOk === false) {
      const ratio = ratioOf(m, metrics);
      const floor = m.floor ? metrics[m.floor] : undefined;
      const shown =
        m.excessTarget !== null && m.excessTarget !== undefined && floor
          ? `${number(m.value)} vs ${number(floor.value)} ${m.unit}, budget +${m.excessTarget}`
          : `${ratio === null ? "no floor" : `${ratio.toFixed(2)}×`}, budget ${m.ratioTarget}×`;
      missed.push(`${name} (${shown})${KNOWN_GAPS[name] ? `: ${KNOWN_GAPS[name]}` : ""}`);
    }
  }
  const over = Object.entries(metrics)
    .filter(([, m]) => meetsTarget(m) === false)
    .map(
      ([name, m]) =>
        `${name} (${m.value} > ${m.target})${KNOWN_GAPS[name] ? `: ${KNOWN_GAPS[name]}` : ""}`,
    );
  const ratioPart =
    missed.length === 0 ? "all ratio targets met" : `ratio targets not met: ${missed.join("; ")}`;
  return over.length === 0
    ? `Bar: ${ratioPart}; all absolute budgets met.`
    : `Bar: ${ratioPart}; absolute budgets over: ${over.join(", ")}.`;
}

export function formatTable(metrics: Metrics): string {
  const lines = [HEADER, ...rows(metrics)];
  const widths = HEADER.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((c, i) =>
      i === 0 || i === 3 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
    );
  return `${lines.map((l) => format(l).join("  ")).join("\n")}\n\n${barLine(metrics)}`;
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
    barLine(metrics),
    "",
    ...(extra ? [extra, ""] : []),
  ].join("\n");
  await appendFile(path, section);
}

// The soak's results as a Markdown table (the one docs/SYNC.md keeps).
import type { SoakResult } from "./runSoak";

const HEADER = [
  "N",
  "edits",
  "updates/s sent / received",
  "latency p50 / p95 (ms)",
  "server RSS peak / end (MB)",
  "converge (ms)",
  "converged",
  "load avg",
  "CPU s server / clients",
];

const value = (n: number | null) => (n === null ? "–" : String(n));
const ms = (n: number | null) => (n === null ? "–" : String(Math.round(n)));

export function soakRow(result: SoakResult): string[] {
  const { updates, propagation, serverRssMb, loadAverage } = result;
  const equal = result.byteEqual ? "yes (byte-equal)" : "yes (snapshot + analysis)";
  return [
    String(result.clients),
    `${result.edits} in ${result.editSeconds} s`,
    `${updates.sentPerSecond} / ${updates.receivedPerSecond}`,
    `${ms(propagation.p50Ms)} / ${ms(propagation.p95Ms)}`,
    `${value(serverRssMb.peak)} / ${value(serverRssMb.end)}`,
    value(result.convergeMs),
    result.converged ? equal : "NO",
    `${loadAverage.start.toFixed(2)} → ${loadAverage.end.toFixed(2)}`,
    `${value(result.cpuSeconds.server)} / ${result.cpuSeconds.clients}`,
  ];
}

export function soakTable(results: readonly SoakResult[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(HEADER),
    line(HEADER.map(() => "---")),
    ...results.map((r) => line(soakRow(r))),
  ].join("\n");
}

import type { Analysis, ClusterNode } from "../domain/analysis/analysis";
import type { ExportLabels } from "./exportLabels";

/**
 * A cell as RFC 4180 wants it, and never a formula: a spreadsheet would run text starting
 * with = + - @ (or a tab or carriage return), so such cells get a leading apostrophe.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(",");
}

/**
 * Every quote card on the canvas, one row each: the quote and its place in the bloemlezing,
 * the cluster it is in and that cluster's role. Starts with a byte order mark so spreadsheet
 * programs read UTF-8.
 */
export function placedQuotesCsv(
  analysis: Analysis,
  header: readonly string[],
  labels: ExportLabels,
): string {
  const clusters = new Map<string, ClusterNode>();
  for (const n of analysis.nodes) if (n.kind === "cluster") clusters.set(n.id, n);
  const rows = [csvRow(header)];
  for (const node of analysis.nodes) {
    if (node.kind !== "quote") continue;
    const cluster = node.clusterId ? clusters.get(node.clusterId) : undefined;
    const s = node.snapshot;
    rows.push(
      csvRow([
        node.quoteId,
        s.text,
        s.chapter,
        s.chapterTitle,
        s.section,
        s.sectionTitle,
        s.page,
        s.source,
        cluster ? cluster.label : "",
        cluster ? labels.role(cluster.role) : "",
      ]),
    );
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

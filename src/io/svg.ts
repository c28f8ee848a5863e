import type { Analysis, AnalysisEdge, Role } from "../domain/analysis/analysis";
import { type Box, boundsOf, type PlacedNode, placedNodes } from "../domain/analysis/geometry";
import type { Size } from "../domain/analysis/layoutGraph";
import type { ExportLabels } from "./exportLabels";
import { escapeXml, wrapText } from "./text";

/**
 * The analysis as a standalone SVG: boxes, wrapped text and links drawn with SVG shapes only
 * (no HTML inside), so it opens in any editor or office suite. All text is escaped.
 */

const PADDING = 32;
const CAPTION = 36;
const FONT = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
/** Average glyph width as a share of the font size, for wrapping without measuring. */
const GLYPH = 0.6;
const ROLE_STROKE: Record<Role, string> = {
  problem: "#b42318",
  cause: "#b54708",
  symptom: "#067647",
};
const EDGE_STROKE = { causes: "#344054", relates: "#667085", contradicts: "#b42318" } as const;

export interface SvgOptions {
  caption: string;
}

function textBlock(lines: string[], x: number, y: number, size: number, extra = ""): string {
  if (lines.length === 0) return "";
  const spans = lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * 1.3}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<text x="${x}" y="${y}" font-size="${size}"${extra}>${spans}</text>`;
}

function linesFitting(text: string, box: Box, size: number, reserved: number): string[] {
  const perLine = Math.max(4, Math.floor((box.width - 20) / (size * GLYPH)));
  const maxLines = Math.max(1, Math.floor((box.height - reserved) / (size * 1.3)));
  return wrapText(text, perLine, maxLines);
}

function nodeSvg({ node, box }: PlacedNode, labels: ExportLabels): string {
  const { x, y, width, height } = box;
  const rect = (fill: string, stroke: string, extra = "") =>
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="${fill}" stroke="${stroke}"${extra}/>`;
  if (node.kind === "cluster") {
    const stroke = node.role ? ROLE_STROKE[node.role] : "#98a2b3";
    const title = wrapText(node.label || "—", Math.floor((width - 20) / (15 * GLYPH)), 1);
    return [
      rect("#f2f4f7", stroke, ' stroke-width="2"'),
      textBlock(title, x + 10, y + 24, 15, ' font-weight="700"'),
      textBlock([labels.role(node.role)], x + 10, y + 44, 12, ' fill="#475467"'),
    ].join("");
  }
  if (node.kind === "quote") {
    const lines = linesFitting(node.snapshot.text, box, 13, 40);
    return [
      rect("#ffffff", "#d0d5dd"),
      textBlock(lines, x + 10, y + 22, 13),
      textBlock([labels.reference(node.snapshot)], x + 10, y + height - 12, 11, ' fill="#475467"'),
    ].join("");
  }
  if (node.kind === "factor") {
    const stroke = node.role ? ROLE_STROKE[node.role] : "#98a2b3";
    return [
      rect("#ffffff", stroke, ' stroke-width="2"'),
      textBlock(
        linesFitting(node.label || "—", box, 14, 36),
        x + 10,
        y + 22,
        14,
        ' font-weight="600"',
      ),
      textBlock([labels.role(node.role)], x + 10, y + height - 10, 11, ' fill="#475467"'),
    ].join("");
  }
  return [
    rect("#fef7c3", "#eaaa08"),
    textBlock(linesFitting(node.text, box, 13, 16), x + 10, y + 22, 13),
  ].join("");
}

/** Where the line from the centre of `from` towards `to` leaves `from`'s box. */
function borderPoint(from: Box, to: Box): { x: number; y: number } {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = to.x + to.width / 2 - cx;
  const dy = to.y + to.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : from.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : from.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function edgeSvg(edge: AnalysisEdge, source: Box, target: Box, labels: ExportLabels): string {
  const a = borderPoint(source, target);
  const b = borderPoint(target, source);
  const stroke = EDGE_STROKE[edge.kind];
  const dash = edge.kind === "causes" ? "" : ' stroke-dasharray="6 4"';
  const arrow = edge.kind === "causes" ? ' marker-end="url(#arrow)"' : "";
  const line = `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${stroke}" stroke-width="2"${dash}${arrow}/>`;
  const label = edge.label || labels.edge(edge.kind);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const w = label.length * 11 * GLYPH + 10;
  return `${line}<rect x="${mx - w / 2}" y="${my - 9}" width="${w}" height="18" rx="4" fill="#ffffff" opacity="0.9"/><text x="${mx}" y="${my + 4}" font-size="11" text-anchor="middle" fill="${stroke}">${escapeXml(label)}</text>`;
}

export function analysisSvg(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
  labels: ExportLabels,
  options: SvgOptions,
): string {
  const placed = placedNodes(analysis, sizes);
  const boxes = new Map(placed.map((p) => [p.node.id, p.box]));
  // A link to a card in a collapsed cluster is drawn to the cluster.
  const drawnAs = (id: string) => {
    if (boxes.has(id)) return boxes.get(id);
    const card = analysis.nodes.find((n) => n.id === id);
    return card?.kind === "quote" && card.clusterId ? boxes.get(card.clusterId) : undefined;
  };
  const bounds = boundsOf(placed.map((p) => p.box));
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING + CAPTION);
  const edges = analysis.edges
    .map((edge) => {
      const source = drawnAs(edge.source);
      const target = drawnAs(edge.target);
      return source && target ? edgeSvg(edge, source, target, labels) : "";
    })
    .join("\n");
  const clusters = placed.filter((p) => p.node.kind === "cluster");
  const others = placed.filter((p) => p.node.kind !== "cluster");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${bounds.x - PADDING} ${bounds.y - PADDING} ${width} ${height}" font-family="${FONT}" fill="#101828">`,
    `<title>${escapeXml(analysis.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STROKE.causes}"/></marker></defs>`,
    `<rect x="${bounds.x - PADDING}" y="${bounds.y - PADDING}" width="${width}" height="${height}" fill="#fcfcfd"/>`,
    // Clusters beneath links beneath cards, as on the canvas.
    clusters.map((p) => nodeSvg(p, labels)).join("\n"),
    edges,
    others.map((p) => nodeSvg(p, labels)).join("\n"),
    textBlock(
      [options.caption],
      bounds.x - PADDING + 16,
      bounds.y + bounds.height + PADDING + CAPTION - 14,
      13,
      ' fill="#475467"',
    ),
    "</svg>",
    "",
  ].join("\n");
}

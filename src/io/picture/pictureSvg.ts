import type { Analysis, AnalysisNode, Role } from "../../domain/analysis/analysis";
import { type Box, boundsOf, type PlacedNode, placedNodes } from "../../domain/analysis/geometry";
import type { EvidenceCount } from "../../domain/analysis/graph";
import type { Size } from "../../domain/analysis/layoutGraph";
import { createLinkRouter, routingBoxes } from "../../domain/analysis/linkRoutes";
import { NO_ROLE_STROKE, ROLE_STYLE } from "../../domain/analysis/roleStyle";
import type { ExportLabels } from "../exportLabels";
import { escapeXml, wrapText } from "../text";
import { type LegendLabels, legendLayout, legendSvg } from "./legend";
import { linkDefs, linkSvg } from "./links";
import { roleMark } from "./shapes";
import { strokeSize, type TextScale, textSize } from "./textSize";

/**
 * The analysis as a picture for a slide or a report, drawn from the model (never from the
 * screen, so no button, handle or hover state can end up in it): a title and date above, the
 * tree, and a legend below. "board" draws it at its own size; "slide" fits it to 1920 × 1080
 * and keeps every text it draws at a size a room can read, summarising cards that are too small.
 * The SVG uses shapes and text only, so it opens in any editor, rasterises to the PNG and
 * converts to the PDF unchanged.
 */
export type PictureFrame = "board" | "slide";

export interface PictureLabels extends ExportLabels, LegendLabels {}

export interface PictureInput {
  /** What is drawn: the whole analysis or the selected part. */
  analysis: Analysis;
  /** Quote counts as on the canvas (taken from the whole analysis). */
  evidence: ReadonlyMap<string, EvidenceCount>;
  sizes: ReadonlyMap<string, Size>;
  labels: PictureLabels;
  title: string;
  subtitle: string;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
  /** Board units to picture pixels. */
  scale: number;
}

export const SLIDE: Readonly<Size> = { width: 1920, height: 1080 };
/** The smallest text a slide holds, in pixels of the 1920 × 1080 frame. */
export const SLIDE_MIN_TEXT = 16;

export const PICTURE_FONT = "Inter Variable, Inter, Arial, Helvetica, sans-serif";
/** Average glyph width as a share of the font size (a little wide, so lines never overflow). */
const GLYPH = 0.56;
const LINE = 1.3;
const INK = "#101828";
const SOFT = "#475467";
const BACKGROUND = "#ffffff";

interface Frame {
  pad: number;
  header: number;
  titleSize: number;
  subtitleSize: number;
  legendSize: number;
}

const FRAMES: Record<PictureFrame, Frame> = {
  board: { pad: 24, header: 64, titleSize: 22, subtitleSize: 13, legendSize: 12 },
  slide: { pad: 48, header: 104, titleSize: 36, subtitleSize: 18, legendSize: 18 },
};

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  extra = "",
): string {
  if (lines.length === 0) return "";
  const spans = lines
    .map(
      (line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * LINE}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text x="${x}" y="${y}" font-size="${size}"${extra}>${spans}</text>`;
}

/** As many wrapped lines of `text` at `size` as fit in `width` × `height`. */
function fitLines(text: string, width: number, height: number, size: number): string[] {
  const perLine = Math.floor(width / (size * GLYPH));
  const lines = Math.floor(height / (size * LINE));
  if (perLine < 4 || lines < 1) return [];
  return wrapText(text, perLine, lines);
}

function frameRect(box: Box, stroke: string, fill: string, border: string, width: number): string {
  const { x, y } = box;
  const rect = (inset: number, extra: string) =>
    `<rect x="${x + inset}" y="${y + inset}" width="${Math.max(0, box.width - 2 * inset)}" height="${Math.max(0, box.height - 2 * inset)}" rx="${Math.max(2, 8 - inset)}" ${extra}/>`;
  if (border === "double")
    return (
      rect(0, `fill="${fill}" stroke="${stroke}" stroke-width="${width}"`) +
      rect(width * 2, `fill="none" stroke="${stroke}" stroke-width="${width}"`)
    );
  const dash = border === "dashed" ? ` stroke-dasharray="${width * 4} ${width * 2.5}"` : "";
  return rect(0, `fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}`);
}

function roleLook(role: Role | null, neutralFill: string) {
  if (!role) return { stroke: NO_ROLE_STROKE, fill: neutralFill, border: "solid" };
  const style = ROLE_STYLE[role];
  return { stroke: style.stroke, fill: style.fill, border: style.border };
}

/** The quote-count pill in a box's top right corner (explained in the legend). */
function countPill(box: Box, count: number, size: number): string {
  if (count === 0) return "";
  const label = String(count);
  const width = label.length * size * 0.62 + size;
  const height = size * 1.5;
  const x = box.x + box.width - width - size * 0.4;
  const y = box.y + size * 0.4;
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="#344054"/><text x="${x + width / 2}" y="${y + height * 0.7}" font-size="${size}" text-anchor="middle" fill="#ffffff" font-weight="600">${label}</text>`;
}

interface Draw {
  labels: PictureLabels;
  evidence: ReadonlyMap<string, EvidenceCount>;
  text: TextScale;
}

/**
 * A box with a role: its shape, role word, title and quote count. A cluster whose cards are
 * drawn keeps its title to the band above them; otherwise the title fills the box. When the
 * role word would leave the title no room, the shape and colour alone carry the role.
 */
function roledBox(
  node: AnalysisNode & { kind: "cluster" | "factor" },
  box: Box,
  draw: Draw,
  cardsDrawn: boolean,
): string {
  const { text, labels } = draw;
  const look = roleLook(node.role, node.kind === "cluster" ? "#f2f4f7" : "#ffffff");
  const stroke = strokeSize(2, text) * (node.kind === "cluster" ? 1 : 1.25);
  const titleSize = textSize(node.kind === "cluster" ? 16 : 15, text);
  const small = textSize(12, text);
  const pad = Math.min(Math.max(10, small * 0.8), box.height * 0.1);
  const count = draw.evidence.get(node.id)?.own ?? 0;
  const countWidth = count > 0 ? String(count).length * small * 0.62 + small * 1.4 : 0;
  const roleWord = node.role ? labels.role(node.role) : "";
  const markWidth = node.role ? small * 1.5 : 0;
  const roomForWord = box.width - 2 * pad - countWidth - markWidth;
  const showWord = roleWord.length * small * GLYPH <= roomForWord;
  // A box too low for the header and a line of title gives the title the room.
  const headed =
    (node.role !== null || count > 0) && box.height - 2 * pad >= (small + titleSize) * LINE;
  const top = box.y + pad + (headed ? small * LINE : 0);
  const titleHeight = cardsDrawn
    ? Math.max(titleSize * LINE, 48 - pad)
    : box.y + box.height - pad - top;
  const lines = fitLines(node.label || "—", box.width - 2 * pad, titleHeight, titleSize);
  return [
    frameRect(box, look.stroke, look.fill, look.border, stroke),
    headed && node.role ? roleMark(node.role, box.x + pad, box.y + pad, small) : "",
    headed && showWord
      ? textLines(
          [roleWord],
          box.x + pad + markWidth,
          box.y + pad + small * 0.9,
          small,
          ` fill="${look.stroke}" font-weight="600"`,
        )
      : "",
    textLines(lines, box.x + pad, top + titleSize, titleSize, ` font-weight="700" fill="${INK}"`),
    headed ? countPill(box, count, small) : "",
  ].join("");
}

function quoteCard(node: AnalysisNode & { kind: "quote" }, box: Box, draw: Draw): string {
  const { text, labels } = draw;
  const size = textSize(13, text);
  const small = textSize(11, text);
  const pad = Math.max(10, size * 0.7);
  const reference = fitLines(
    labels.reference(node.snapshot),
    box.width - 2 * pad,
    small * LINE,
    small,
  );
  const body = fitLines(
    node.snapshot.text,
    box.width - 2 * pad,
    box.height - 2 * pad - (reference.length > 0 ? small * LINE + pad / 2 : 0),
    size,
  );
  const card = `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="#ffffff" stroke="#d0d5dd" stroke-width="${strokeSize(1, text)}"/>`;
  // Too small to hold a readable line: the card is shown as a card, its text left to the title.
  if (body.length === 0) return card;
  return [
    card,
    textLines(body, box.x + pad, box.y + pad + size * 0.9, size, ` fill="${INK}"`),
    textLines(reference, box.x + pad, box.y + box.height - pad, small, ` fill="${SOFT}"`),
  ].join("");
}

function noteBox(node: AnalysisNode & { kind: "note" }, box: Box, draw: Draw): string {
  const size = textSize(13, draw.text);
  const pad = Math.max(10, size * 0.7);
  const lines = fitLines(node.text, box.width - 2 * pad, box.height - 2 * pad, size);
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="#fef7c3" stroke="#b08800" stroke-width="${strokeSize(1, draw.text)}"/>${textLines(lines, box.x + pad, box.y + pad + size * 0.9, size, ` fill="${INK}"`)}`;
}

/** Whether a cluster's cards are too small at this scale to carry a readable line. */
function cardsTooSmall(placed: readonly PlacedNode[], text: TextScale): boolean {
  const card = placed.find((p) => p.node.kind === "quote");
  if (!card) return false;
  const size = textSize(13, text);
  return card.box.height - 2 * Math.max(10, size * 0.7) < 2 * size * LINE;
}

function nodeSvg(p: PlacedNode, draw: Draw, summary: boolean): string {
  const { node, box } = p;
  switch (node.kind) {
    case "cluster":
      return roledBox(node, box, draw, !summary && !node.collapsed);
    case "factor":
      return roledBox(node, box, draw, false);
    case "quote":
      return quoteCard(node, box, draw);
    case "note":
      return noteBox(node, box, draw);
  }
}

export function pictureSvg(input: PictureInput, frameKind: PictureFrame): Picture {
  const frame = FRAMES[frameKind];
  const placed = placedNodes(input.analysis, input.sizes);
  const bounds = boundsOf(placed.map((p) => p.box));
  const legendWidth =
    (frameKind === "slide" ? SLIDE.width : Math.max(bounds.width, 320)) - 2 * frame.pad;
  const legend = legendLayout(input.labels, legendWidth, frame.legendSize);
  const legendHeight = legend.height;

  let width: number;
  let height: number;
  let scale: number;
  if (frameKind === "slide") {
    width = SLIDE.width;
    height = SLIDE.height;
    const room = {
      width: width - 2 * frame.pad,
      height: height - frame.header - legendHeight - 2 * frame.pad,
    };
    scale =
      bounds.width === 0
        ? 1
        : Math.min(room.width / bounds.width, room.height / bounds.height, 1.5);
  } else {
    scale = 1;
    width = Math.ceil(Math.max(bounds.width, 320) + 2 * frame.pad);
    height = Math.ceil(bounds.height + frame.header + legendHeight + 2 * frame.pad);
  }
  const text: TextScale = { scale, min: frameKind === "slide" ? SLIDE_MIN_TEXT : 0 };
  const draw: Draw = { labels: input.labels, evidence: input.evidence, text };
  const summary = cardsTooSmall(placed, text);

  // Board units into the frame: centred in the room between header and legend.
  const roomTop = frame.pad + frame.header;
  const roomHeight = height - roomTop - legendHeight - frame.pad;
  const offsetX = (width - bounds.width * scale) / 2 - bounds.x * scale;
  const offsetY = roomTop + (roomHeight - bounds.height * scale) / 2 - bounds.y * scale;

  const drawn = placed.filter((p) => !(summary && p.node.kind === "quote" && p.node.clusterId));
  const boxes = new Map(drawn.map((p) => [p.node.id, p.box]));
  const clusterOf = new Map(
    input.analysis.nodes.flatMap((n) =>
      n.kind === "quote" && n.clusterId ? [[n.id, n.clusterId] as const] : [],
    ),
  );
  // A link to a card that is not drawn (folded away, or too small to read) goes to its cluster;
  // links that then join the same two boxes the same way are drawn once.
  const drawnAs = (id: string) => (boxes.has(id) ? id : (clusterOf.get(id) ?? ""));
  const seen = new Set<string>();
  const ends = input.analysis.edges.flatMap((edge) => {
    const source = drawnAs(edge.source);
    const target = drawnAs(edge.target);
    const key = `${edge.kind} ${edge.label ?? ""} ${source} ${target}`;
    if (!boxes.has(source) || !boxes.has(target) || source === target || seen.has(key)) return [];
    seen.add(key);
    return [{ id: edge.id, source, target, edge }];
  });
  // Around the other boxes, as on the canvas (linkRoute).
  const routes = createLinkRouter()(ends, routingBoxes(drawn));
  const links = ends.flatMap(({ edge }) => {
    const route = routes.get(edge.id);
    return route ? [linkSvg(edge, route, text)] : [];
  });
  const clusters = placed.filter((p) => p.node.kind === "cluster");

  return {
    width,
    height,
    scale,
    svg: [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}" fill="${INK}">`,
      `<title>${escapeXml(input.title)}</title>`,
      `<defs>${linkDefs()}</defs>`,
      `<rect x="0" y="0" width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
      textLines(
        fitLines(input.title, width - 2 * frame.pad, frame.titleSize * LINE, frame.titleSize),
        frame.pad,
        frame.pad + frame.titleSize,
        frame.titleSize,
        ' font-weight="700"',
      ),
      textLines(
        [input.subtitle],
        frame.pad,
        frame.pad + frame.titleSize * LINE + frame.subtitleSize * 1.2,
        frame.subtitleSize,
        ` fill="${SOFT}"`,
      ),
      `<g transform="translate(${offsetX} ${offsetY}) scale(${scale})">`,
      // Cluster fills beneath the links, the links beneath the cards and boxes, labels on top.
      clusters.map((p) => nodeSvg(p, draw, summary)).join("\n"),
      links.map((l) => l.line).join("\n"),
      // Cards too small to read are left to their cluster, which then shows its title large.
      drawn
        .filter((p) => p.node.kind !== "cluster")
        .map((p) => nodeSvg(p, draw, summary))
        .join("\n"),
      links.map((l) => l.label).join("\n"),
      "</g>",
      legendSvg(legend, frame.pad, height - frame.pad - legendHeight),
      "</svg>",
      "",
    ].join("\n"),
  };
}

import { z } from "zod";
import {
  type Analysis,
  type AnalysisEdge,
  type AnalysisNode,
  type EdgeKind,
  newAnalysis,
  type Role,
} from "../domain/analysis/analysis";
import { type Box, placedNodes } from "../domain/analysis/geometry";
import type { Size } from "../domain/analysis/layoutGraph";
import { quoteSnapshot } from "../domain/analysis/operations";
import type { Quote } from "../domain/corpus/quote";
import type { ExportLabels } from "./exportLabels";
import type { Repair } from "./repair";

/**
 * JSON Canvas 1.0 (jsoncanvas.org): clusters become groups, cards, factors and notes text
 * nodes, links edges with a label. Roles travel as preset colours, so the tree reads the same
 * in other canvas tools and comes back with its roles: red problem, orange cause, green
 * symptom; purple marks a note.
 */

const ROLE_COLORS: Record<Role, string> = { problem: "1", cause: "2", symptom: "4" };
const NOTE_COLOR = "6";
const CONTRADICTS_COLOR = "1";

const id = z.string().min(1).max(200);
const coordinate = z.number().finite();
const base = {
  id,
  x: coordinate,
  y: coordinate,
  width: coordinate.nonnegative(),
  height: coordinate.nonnegative(),
  color: z.string().max(50).optional(),
};
// Loose objects: other tools add their own fields, which are ignored.
export const canvasNodeSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text"), text: z.string().max(100_000) }),
  z.object({
    ...base,
    type: z.literal("file"),
    file: z.string().max(2000),
    subpath: z.string().optional(),
  }),
  z.object({ ...base, type: z.literal("link"), url: z.string().max(2000) }),
  z.object({
    ...base,
    type: z.literal("group"),
    label: z.string().max(10_000).optional(),
    background: z.string().optional(),
    backgroundStyle: z.string().optional(),
  }),
]);
const side = z.enum(["top", "right", "bottom", "left"]);
const end = z.enum(["none", "arrow"]);
export const canvasEdgeSchema = z.object({
  id,
  fromNode: id,
  fromSide: side.optional(),
  fromEnd: end.optional(),
  toNode: id,
  toSide: side.optional(),
  toEnd: end.optional(),
  color: z.string().max(50).optional(),
  label: z.string().max(10_000).optional(),
});
export const jsonCanvasSchema = z.object({
  nodes: z.array(canvasNodeSchema).optional(),
  edges: z.array(canvasEdgeSchema).optional(),
});
export type JsonCanvas = z.infer<typeof jsonCanvasSchema>;
export type CanvasNode = z.infer<typeof canvasNodeSchema>;
export type CanvasEdge = z.infer<typeof canvasEdgeSchema>;

/** Markdown block quote of a card's text, then its place in the bloemlezing. */
function quoteMarkdown(text: string, reference: string): string {
  const quoted = text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return `${quoted}\n\n— ${reference}`;
}

function round(box: Box) {
  return {
    x: Math.round(box.x),
    y: Math.round(box.y),
    width: Math.max(1, Math.round(box.width)),
    height: Math.max(1, Math.round(box.height)),
  };
}

export function toJsonCanvas(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
  labels: ExportLabels,
): JsonCanvas {
  const nodes: CanvasNode[] = [];
  const drawn = new Set<string>();
  for (const { node, box } of placedNodes(analysis, sizes)) {
    drawn.add(node.id);
    const common = { id: node.id, ...round(box) };
    if (node.kind === "cluster") {
      nodes.push({
        ...common,
        type: "group",
        label: node.label,
        ...(node.role ? { color: ROLE_COLORS[node.role] } : {}),
      });
    } else if (node.kind === "quote") {
      const text = quoteMarkdown(node.snapshot.text, labels.reference(node.snapshot));
      nodes.push({ ...common, type: "text", text });
    } else if (node.kind === "factor") {
      nodes.push({
        ...common,
        type: "text",
        text: node.label,
        ...(node.role ? { color: ROLE_COLORS[node.role] } : {}),
      });
    } else {
      nodes.push({ ...common, type: "text", text: node.text, color: NOTE_COLOR });
    }
  }
  // A link to a card inside a collapsed cluster is drawn to the cluster, as on the canvas.
  const shown = (nodeId: string) => {
    if (drawn.has(nodeId)) return nodeId;
    const card = analysis.nodes.find((n) => n.id === nodeId);
    return card?.kind === "quote" && card.clusterId ? card.clusterId : nodeId;
  };
  const edges: CanvasEdge[] = analysis.edges.map((edge) => ({
    id: edge.id,
    fromNode: shown(edge.source),
    fromEnd: "none",
    toNode: shown(edge.target),
    toEnd: edge.kind === "causes" ? "arrow" : "none",
    ...(edge.kind === "contradicts" ? { color: CONTRADICTS_COLOR } : {}),
    label: edge.label || labels.edge(edge.kind),
  }));
  return { nodes, edges };
}

/**
 * The link words our exports have written (Dutch and English), read back as link kinds. Fixed
 * here rather than taken from the UI catalogue: rewording a button must not change how a
 * .canvas file written earlier imports.
 */
const KIND_WORDS = new Map<string, EdgeKind>([
  ["leidt tot", "causes"],
  ["hangt samen met", "relates"],
  ["spreekt tegen", "contradicts"],
  ["leads to", "causes"],
  ["relates to", "relates"],
  ["contradicts", "contradicts"],
]);

function roleOf(color: string | undefined): Role | null {
  const entry = Object.entries(ROLE_COLORS).find(([, c]) => c === color);
  return entry ? (entry[0] as Role) : null;
}

/** The quoted text of a text node written as a Markdown block quote (our export), else the text. */
function quotedText(text: string): string {
  const lines = text.split("\n");
  if (!lines[0]?.startsWith(">")) return text.trim();
  const quoted: string[] = [];
  for (const line of lines) {
    if (!line.startsWith(">")) break;
    quoted.push(line.replace(/^> ?/, ""));
  }
  return quoted.join("\n").trim();
}

function contains(outer: Box, inner: Box): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return (
    cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height
  );
}

export interface CanvasImportContext {
  title: string;
  corpusId: string;
  /** The local corpus: text nodes holding one of its quotes come back as quote cards. */
  quotes: readonly Quote[];
  now: number;
}

/**
 * A JSON Canvas as an analysis. Groups become clusters; a text node whose text is a quote of
 * the local corpus becomes its card (inside the group it sits in); other text nodes become
 * factors, or notes when purple; file and link nodes become notes. Edges with an arrow at one
 * end are "leads to" links, others "relates" ("contradicts" when red). Duplicate ids and edges
 * to missing nodes are left out and reported.
 */
export function fromJsonCanvas(
  canvas: JsonCanvas,
  context: CanvasImportContext,
): { analysis: Analysis; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const unique: CanvasNode[] = [];
  const seen = new Set<string>();
  for (const node of canvas.nodes ?? []) {
    if (seen.has(node.id)) repairs.push({ kind: "duplicateNode", id: node.id });
    else {
      seen.add(node.id);
      unique.push(node);
    }
  }
  const byText = new Map<string, Quote>();
  for (const quote of context.quotes) if (!byText.has(quote.text)) byText.set(quote.text, quote);
  const groups = unique.filter((n) => n.type === "group");
  const nodes: AnalysisNode[] = [];
  for (const node of unique) {
    const position = { x: node.x, y: node.y };
    if (node.type === "group") {
      nodes.push({
        kind: "cluster",
        id: node.id,
        position,
        label: (node.label ?? "").slice(0, 500),
        role: roleOf(node.color),
        collapsed: false,
      });
      continue;
    }
    if (node.type !== "text") {
      const text = node.type === "file" ? node.file : node.url;
      nodes.push({ kind: "note", id: node.id, position, text: text.slice(0, 10_000) });
      continue;
    }
    const quote = byText.get(quotedText(node.text));
    if (quote) {
      // The smallest group around the card is its cluster.
      const group = groups
        .filter((g) => contains(g, node))
        .sort((a, b) => a.width * a.height - b.width * b.height)[0];
      nodes.push({
        kind: "quote",
        id: node.id,
        position: group ? { x: node.x - group.x, y: node.y - group.y } : position,
        clusterId: group?.id ?? null,
        quoteId: quote.id,
        corpusId: context.corpusId,
        snapshot: quoteSnapshot(quote),
      });
    } else if (node.color === NOTE_COLOR) {
      nodes.push({ kind: "note", id: node.id, position, text: node.text.slice(0, 10_000) });
    } else {
      nodes.push({
        kind: "factor",
        id: node.id,
        position,
        label: node.text.slice(0, 2000),
        role: roleOf(node.color),
      });
    }
  }
  const edges: AnalysisEdge[] = [];
  const edgeIds = new Set<string>();
  for (const edge of canvas.edges ?? []) {
    const missing = [edge.fromNode, edge.toNode].find((nodeId) => !seen.has(nodeId));
    if (edgeIds.has(edge.id)) {
      repairs.push({ kind: "duplicateEdge", id: edge.id });
      continue;
    }
    if (missing !== undefined) {
      repairs.push({ kind: "danglingEdge", id: edge.id, missing });
      continue;
    }
    edgeIds.add(edge.id);
    const fromArrow = edge.fromEnd === "arrow";
    const toArrow = (edge.toEnd ?? "arrow") === "arrow";
    const labelKind = KIND_WORDS.get(edge.label?.trim() ?? "");
    const kind: EdgeKind =
      labelKind ??
      (fromArrow !== toArrow
        ? "causes"
        : edge.color === CONTRADICTS_COLOR
          ? "contradicts"
          : "relates");
    const reversed = kind === "causes" && fromArrow && !toArrow;
    edges.push({
      id: edge.id,
      source: reversed ? edge.toNode : edge.fromNode,
      target: reversed ? edge.fromNode : edge.toNode,
      kind,
      label: labelKind ? "" : (edge.label ?? "").slice(0, 500),
    });
  }
  const analysis = newAnalysis({
    id: "imported",
    title: context.title.slice(0, 300),
    corpusId: context.corpusId,
    now: context.now,
  });
  return { analysis: { ...analysis, nodes, edges }, repairs };
}

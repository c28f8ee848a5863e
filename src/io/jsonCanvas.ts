import type {
  Analysis,
  AnalysisEdge,
  AnalysisNode,
  EdgeCanvas,
  NodeCanvas,
} from "../domain/analysis/analysis";
import { newAnalysis } from "../domain/analysis/analysis";
import { type Box, placedNodes } from "../domain/analysis/geometry";
import type { Size } from "../domain/analysis/layoutGraph";
import { quoteSnapshot } from "../domain/analysis/operations";
import type { Quote } from "../domain/corpus/quote";
import type { ExportLabels } from "./exportLabels";
import {
  type CanvasEdge,
  type CanvasNode,
  edgeKindOf,
  type JsonCanvas,
  kindNamedBy,
  NOTE_COLOR,
  ROLE_COLORS,
  roleOfColor,
} from "./jsonCanvasFormat";
import type { Repair } from "./repair";

/**
 * JSON Canvas 1.0 (jsoncanvas.org) both ways: clusters are groups; cards, factors and notes
 * text nodes; notes that stand for a file or a web page file and link nodes; links edges.
 * What Ontrafel does not draw itself (sizes, other colours, sides, ends) is kept from an
 * imported canvas and written back, so a round trip gives the other tool what it wrote.
 */

/** The object without its undefined fields: what a JSON file would hold. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

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

/** A role shows as its colour; otherwise the colour the node came with. */
function colorOf(node: AnalysisNode): string | undefined {
  if ((node.kind === "cluster" || node.kind === "factor") && node.role)
    return ROLE_COLORS[node.role];
  if (node.kind === "note" && !node.reference) return NOTE_COLOR;
  return node.canvas?.color;
}

function canvasNode(node: AnalysisNode, box: Box, labels: ExportLabels): CanvasNode {
  const kept = node.canvas;
  const common = defined({ id: node.id, ...round(box), color: colorOf(node) });
  switch (node.kind) {
    case "cluster":
      return defined({
        ...common,
        type: "group",
        label: node.label || undefined,
        background: kept?.background,
        backgroundStyle: kept?.backgroundStyle,
      });
    case "quote":
      return {
        ...common,
        type: "text",
        text: quoteMarkdown(node.snapshot.text, labels.reference(node.snapshot)),
      };
    case "factor":
      return { ...common, type: "text", text: node.label };
    case "note":
      if (node.reference?.type === "file")
        return defined({
          ...common,
          type: "file",
          file: node.reference.file,
          subpath: node.reference.subpath,
        });
      if (node.reference?.type === "link")
        return { ...common, type: "link", url: node.reference.url };
      return { ...common, type: "text", text: node.text };
  }
}

/** The edge as imported when it still means the same kind of link; else drawn from the kind. */
function canvasEdge(edge: AnalysisEdge, from: string, to: string): CanvasEdge {
  const kept = edge.canvas;
  const label = edge.label || undefined;
  if (kept) {
    const { kind, reversed } = edgeKindOf({ ...kept, label: label ?? kept.label });
    if (kind === edge.kind)
      return defined({
        id: edge.id,
        fromNode: reversed ? to : from,
        fromSide: kept.fromSide,
        fromEnd: kept.fromEnd,
        toNode: reversed ? from : to,
        toSide: kept.toSide,
        toEnd: kept.toEnd,
        color: kept.color,
        label: label ?? kept.label,
      });
  }
  return defined({
    id: edge.id,
    fromNode: from,
    fromEnd: "none" as const,
    toNode: to,
    toEnd: edge.kind === "causes" ? ("arrow" as const) : ("none" as const),
    color: edge.kind === "contradicts" ? "1" : undefined,
    label,
  });
}

export function toJsonCanvas(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
  labels: ExportLabels,
): JsonCanvas {
  // A cluster holding cards is as large as its cards need; others keep an imported size.
  const holdsCards = new Set(
    analysis.nodes.flatMap((n) => (n.kind === "quote" && n.clusterId ? [n.clusterId] : [])),
  );
  const nodes: CanvasNode[] = [];
  const drawn = new Set<string>();
  for (const { node, box } of placedNodes(analysis, sizes)) {
    drawn.add(node.id);
    const kept = node.canvas;
    const keepSize =
      kept?.width !== undefined && kept.height !== undefined && !holdsCards.has(node.id);
    const sized = keepSize ? { ...box, width: kept.width ?? 0, height: kept.height ?? 0 } : box;
    nodes.push(canvasNode(node, sized, labels));
  }
  // A link to a card inside a collapsed cluster is drawn to the cluster, as on the canvas.
  const shown = (nodeId: string) => {
    if (drawn.has(nodeId)) return nodeId;
    const card = analysis.nodes.find((n) => n.id === nodeId);
    return card?.kind === "quote" && card.clusterId ? card.clusterId : nodeId;
  };
  const edges = analysis.edges.map((edge) =>
    canvasEdge(edge, shown(edge.source), shown(edge.target)),
  );
  return { nodes, edges };
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

/** What a node keeps of its canvas form; `color` only when it does not already mean a role. */
function keptOf(node: CanvasNode, color: string | undefined): NodeCanvas {
  return defined({
    width: node.width,
    height: node.height,
    color,
    background: node.type === "group" ? node.background : undefined,
    backgroundStyle: node.type === "group" ? node.backgroundStyle : undefined,
  });
}

function keptEdgeOf(edge: CanvasEdge): EdgeCanvas {
  return defined({
    fromSide: edge.fromSide,
    toSide: edge.toSide,
    fromEnd: edge.fromEnd,
    toEnd: edge.toEnd,
    color: edge.color,
    label: kindNamedBy(edge.label) ? edge.label?.slice(0, 500) : undefined,
  });
}

export interface CanvasImportContext {
  title: string;
  corpusId: string;
  /** The local corpus: text nodes holding one of its quotes come back as quote cards. */
  quotes: readonly Quote[];
  now: number;
}

function analysisNode(
  node: CanvasNode,
  groups: readonly CanvasNode[],
  byText: ReadonlyMap<string, Quote>,
  context: CanvasImportContext,
): AnalysisNode {
  const position = { x: node.x, y: node.y };
  const nonRoleColor = roleOfColor(node.color) ? undefined : node.color;
  if (node.type === "group")
    return {
      kind: "cluster",
      id: node.id,
      position,
      label: (node.label ?? "").slice(0, 500),
      role: roleOfColor(node.color),
      collapsed: false,
      canvas: keptOf(node, nonRoleColor),
    };
  if (node.type === "file" || node.type === "link")
    return {
      kind: "note",
      id: node.id,
      position,
      text: node.type === "file" ? node.file : node.url,
      reference:
        node.type === "file"
          ? defined({ type: "file" as const, file: node.file, subpath: node.subpath })
          : { type: "link", url: node.url },
      canvas: keptOf(node, node.color),
    };
  const quote = byText.get(quotedText(node.text));
  if (quote) {
    // The smallest group around the card is its cluster.
    const group = groups
      .filter((g) => contains(g, node))
      .sort((a, b) => a.width * a.height - b.width * b.height)[0];
    return {
      kind: "quote",
      id: node.id,
      position: group ? { x: node.x - group.x, y: node.y - group.y } : position,
      clusterId: group?.id ?? null,
      quoteId: quote.id,
      corpusId: context.corpusId,
      snapshot: quoteSnapshot(quote),
      canvas: keptOf(node, node.color),
    };
  }
  if (node.color === NOTE_COLOR)
    return {
      kind: "note",
      id: node.id,
      position,
      text: node.text.slice(0, 10_000),
      canvas: keptOf(node, undefined),
    };
  return {
    kind: "factor",
    id: node.id,
    position,
    label: node.text.slice(0, 2000),
    role: roleOfColor(node.color),
    canvas: keptOf(node, nonRoleColor),
  };
}

/**
 * A JSON Canvas as an analysis. Groups become clusters; a text node whose text is a quote of
 * the local corpus becomes its card (inside the group it sits in); other text nodes become
 * factors, or notes when purple; file and link nodes notes that stand for them. Edges with an
 * arrow at one end are "leads to" links, others "relates" ("contradicts" when red). Duplicate
 * ids and edges to missing nodes are left out and reported.
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
  const nodes = unique.map((node) => analysisNode(node, groups, byText, context));
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
    const { kind, reversed } = edgeKindOf(edge);
    edges.push({
      id: edge.id,
      source: reversed ? edge.toNode : edge.fromNode,
      target: reversed ? edge.fromNode : edge.toNode,
      kind,
      // A label that only names the kind is kept with the canvas form, not shown twice.
      label: kindNamedBy(edge.label) ? "" : (edge.label ?? "").slice(0, 500),
      canvas: keptEdgeOf(edge),
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

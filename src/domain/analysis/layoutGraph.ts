import { boxSizes, FIXED_SIZES, MIN_CLUSTER_SIZE, type Size } from "../layout/boxSizes";
import type { Analysis, AnalysisNode, NodeKind, Role } from "./analysis";
import { reachableFrom } from "./reachable";

/**
 * What an automatic layout needs to know about an analysis, free of any layout engine:
 * the top-level boxes (a cluster counts as one box; the quote cards inside it move with it)
 * and the `causes` links between them, which alone decide what sits above what.
 */
export interface LayoutBox {
  id: string;
  width: number;
  height: number;
  role: Role | null;
  kind: NodeKind;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface LayoutRequest {
  boxes: LayoutBox[];
  /** Only `causes` links, mapped to top-level boxes, deduplicated, without self-links. */
  links: LayoutLink[];
}

/** Top-left positions of top-level boxes, in canvas coordinates (y grows downward). */
export type LayoutPositions = Record<string, { x: number; y: number }>;

export type { Size };

/** Every kind's drawn size (src/domain/layout/boxSizes.ts); a cluster's is its smallest. */
export const DEFAULT_BOX_SIZES: Readonly<Record<NodeKind, Size>> = {
  ...FIXED_SIZES,
  cluster: MIN_CLUSTER_SIZE,
};

/**
 * The id of the box a node belongs to: a quote card inside an existing cluster is part of
 * that cluster's box; every other node is its own box.
 */
function topLevelIds(analysis: Analysis): Map<string, string> {
  const clusterIds = new Set(analysis.nodes.filter((n) => n.kind === "cluster").map((n) => n.id));
  const owner = new Map<string, string>();
  for (const node of analysis.nodes) {
    const inCluster =
      node.kind === "quote" && node.clusterId !== null && clusterIds.has(node.clusterId);
    owner.set(node.id, inCluster && node.kind === "quote" ? (node.clusterId as string) : node.id);
  }
  return owner;
}

function roleOf(node: AnalysisNode): Role | null {
  return node.kind === "cluster" || node.kind === "factor" ? node.role : null;
}

/**
 * Builds the layout request for an analysis, every box at its drawn size (boxSizes); `onlyIds` restricts the request to those top-level nodes and the links among them
 * ("tidy selection"; ids of cards inside a cluster are ignored, their cluster is what moves).
 * Notes are boxes too, without a role: left in place, the new layout could cover them.
 * Boxes are ordered by their current position, left to right, so an engine that respects
 * input order keeps the user's arrangement where the links allow it.
 */
export function layoutRequestFor(analysis: Analysis, onlyIds?: ReadonlySet<string>): LayoutRequest {
  const sizes = boxSizes(analysis);
  const owner = topLevelIds(analysis);
  const topLevel = analysis.nodes.filter(
    (node) => owner.get(node.id) === node.id && (onlyIds === undefined || onlyIds.has(node.id)),
  );
  const boxes = [...topLevel]
    .sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)
    .map((node): LayoutBox => {
      const size = sizes.get(node.id) ?? DEFAULT_BOX_SIZES[node.kind];
      return {
        id: node.id,
        width: size.width,
        height: size.height,
        role: roleOf(node),
        kind: node.kind,
      };
    });

  const inRequest = new Set(boxes.map((b) => b.id));
  const seen = new Set<string>();
  const links: LayoutLink[] = [];
  for (const edge of analysis.edges) {
    if (edge.kind !== "causes") continue;
    const source = owner.get(edge.source);
    const target = owner.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    if (!inRequest.has(source) || !inRequest.has(target)) continue;
    const key = JSON.stringify([source, target]);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ source, target });
  }
  return { boxes, links };
}

/** Where the boxes of a request are now: the top-left of their bounding box, or null if empty. */
export function currentTopLeft(
  analysis: Analysis,
  boxes: readonly LayoutBox[],
): { x: number; y: number } | null {
  const ids = new Set(boxes.map((b) => b.id));
  const positions: LayoutPositions = {};
  for (const node of analysis.nodes) if (ids.has(node.id)) positions[node.id] = node.position;
  return topLeftOf(positions, boxes);
}

function topLeftOf(
  positions: LayoutPositions,
  boxes: readonly LayoutBox[],
): { x: number; y: number } | null {
  let x = Number.POSITIVE_INFINITY;
  let y = Number.POSITIVE_INFINITY;
  for (const box of boxes) {
    const p = positions[box.id];
    if (p === undefined) continue;
    x = Math.min(x, p.x);
    y = Math.min(y, p.y);
  }
  return Number.isFinite(x) ? { x, y } : null;
}

/**
 * Shifts a layout so the top-left of its bounding box lands on `anchor`: a tidied selection
 * stays where it was, and a whole layout starts where the old drawing started.
 */
export function anchorPositions(
  positions: LayoutPositions,
  boxes: readonly LayoutBox[],
  anchor: { x: number; y: number },
): LayoutPositions {
  const topLeft = topLeftOf(positions, boxes);
  if (topLeft === null) return {};
  const dx = anchor.x - topLeft.x;
  const dy = anchor.y - topLeft.y;
  const shifted: LayoutPositions = {};
  for (const box of boxes) {
    const p = positions[box.id];
    if (p !== undefined) shifted[box.id] = { x: p.x + dx, y: p.y + dy };
  }
  return shifted;
}

/** Bands of a problem tree, bottom to top. */
export const ROLE_BANDS: Readonly<Record<Role, number>> = { cause: 0, problem: 1, symptom: 2 };

/**
 * The band (see ROLE_BANDS) each box should be kept in because of its role, leaving out
 * roles that contradict the `causes` links: when a box leads, directly or further on, to a
 * box in a lower band, the box involved in most such contradictions loses its band, until
 * none remain. The links then decide where those boxes go, so a layout that honours the
 * bands never has to point an arrow downward.
 */
export function consistentRoleBands(request: LayoutRequest): Map<string, number> {
  const bands = new Map<string, number>();
  for (const box of request.boxes) if (box.role !== null) bands.set(box.id, ROLE_BANDS[box.role]);
  if (bands.size === 0 || request.links.length === 0) return bands;

  const next = new Map<string, string[]>();
  for (const link of request.links)
    next.set(link.source, [...(next.get(link.source) ?? []), link.target]);

  const conflicts: [string, string][] = [];
  for (const [start, band] of bands) {
    for (const reached of reachableFrom(next, start)) {
      const reachedBand = bands.get(reached);
      if (reachedBand !== undefined && reachedBand < band) conflicts.push([start, reached]);
    }
  }

  let open = conflicts;
  while (open.length > 0) {
    const counts = new Map<string, number>();
    for (const pair of open) for (const id of pair) counts.set(id, (counts.get(id) ?? 0) + 1);
    // Ties go to the upstream box of the first conflict, which keeps the result deterministic.
    let worst = (open[0] as [string, string])[0];
    for (const [id, count] of counts) if (count > (counts.get(worst) ?? 0)) worst = id;
    bands.delete(worst);
    open = open.filter(([a, b]) => a !== worst && b !== worst);
  }
  return bands;
}

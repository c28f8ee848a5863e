import type { ElkNode } from "elkjs/lib/elk-api";
import {
  consistentRoleBands,
  type LayoutBox,
  type LayoutPositions,
  type LayoutRequest,
} from "../../../domain/analysis/layoutGraph";

/** The one method we use of an ELK instance; passed in so the engine can live anywhere. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * ELK keeps partitions apart by linking every box of one band to every box of the next, so
 * the cost grows with the product of band sizes: 250 causes under 3 problems is cheap,
 * 125 under 125 takes seconds. Above this many implied links only unlinked boxes keep a band.
 */
const BAND_LINK_BUDGET = 2500;

/** Space between boxes side by side, and between the tree and the parked boxes. */
const GAP = 40;
/** Space between the bands of the tree, room for the arrows. */
const LAYER_GAP = 80;

const TREE_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  // A causes link points up: its source (the cause) ends below its target.
  "elk.direction": "UP",
  "elk.spacing.nodeNode": String(GAP),
  "elk.layered.spacing.nodeNodeBetweenLayers": String(LAYER_GAP),
  // Keeps separate trees in shared layers; packing them apart would also ignore role bands.
  "elk.separateConnectedComponents": "false",
  // Fewer crossing-minimisation restarts than the default 7: halves the time of large
  // layouts (only node positions are used, edges are drawn by the canvas).
  "elk.layered.thoroughness": "3",
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
};

/**
 * Lays out a request as a problem tree: boxes linked by `causes` links, or carrying a role,
 * go through ELK layered bottom-up, roles kept in bands (causes, problem, symptoms) as far as
 * the links agree with them. Boxes with neither (notes, unsorted cards) would otherwise all
 * land in the bottom layer as one endless row, so they are parked in rows beside the tree.
 */
export async function computeElkLayout(
  request: LayoutRequest,
  elk: ElkEngine,
): Promise<LayoutPositions> {
  const linked = new Set(request.links.flatMap((l) => [l.source, l.target]));
  const bands = affordableBands(consistentRoleBands(request), linked);
  const inTree = (box: LayoutBox) => linked.has(box.id) || bands.has(box.id);
  const treeBoxes = request.boxes.filter(inTree);
  const parked = request.boxes.filter((box) => !inTree(box));

  const positions: LayoutPositions = {};
  let treeRight = 0;
  if (treeBoxes.length > 0) {
    const result = await elk.layout(elkGraphFor(treeBoxes, request, bands));
    for (const child of result.children ?? []) {
      const x = child.x ?? 0;
      const y = child.y ?? 0;
      positions[child.id] = { x, y };
      treeRight = Math.max(treeRight, x + (child.width ?? 0));
    }
  }
  const parkedLeft = treeBoxes.length > 0 ? treeRight + 2 * GAP : 0;
  for (const [id, p] of Object.entries(packInRows(parked, GAP))) {
    positions[id] = { x: parkedLeft + p.x, y: p.y };
  }
  return positions;
}

/** The bands to hand to ELK: all of them if cheap enough, else those of unlinked boxes, else none. */
export function affordableBands(
  bands: ReadonlyMap<string, number>,
  linked: ReadonlySet<string>,
): ReadonlyMap<string, number> {
  if (impliedBandLinks(bands) <= BAND_LINK_BUDGET) return bands;
  const unlinked = new Map([...bands].filter(([id]) => !linked.has(id)));
  return impliedBandLinks(unlinked) <= BAND_LINK_BUDGET ? unlinked : new Map();
}

function impliedBandLinks(bands: ReadonlyMap<string, number>): number {
  const sizes = [0, 0, 0];
  for (const band of bands.values()) sizes[band] = (sizes[band] ?? 0) + 1;
  const [low = 0, middle = 0, high = 0] = sizes;
  // With an empty middle band ELK links the two outer bands directly.
  return middle === 0 ? low * high : low * middle + middle * high;
}

function elkGraphFor(
  boxes: readonly LayoutBox[],
  request: LayoutRequest,
  bands: ReadonlyMap<string, number>,
): ElkNode {
  return {
    id: "root",
    layoutOptions: { ...TREE_OPTIONS, "elk.partitioning.activate": String(bands.size > 0) },
    children: boxes.map((box) => {
      const band = bands.get(box.id);
      return {
        id: box.id,
        width: box.width,
        height: box.height,
        ...(band === undefined
          ? {}
          : { layoutOptions: { "elk.partitioning.partition": String(band) } }),
      };
    }),
    edges: request.links.map((link, i) => ({
      id: `link${i}`,
      sources: [link.source],
      targets: [link.target],
    })),
  };
}

/**
 * Boxes in rows, in the given order, wrapping at about the width of a square of their total
 * area so that many parked boxes make a block rather than a line.
 */
export function packInRows(boxes: readonly LayoutBox[], gap: number): LayoutPositions {
  const area = boxes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const widest = boxes.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area));
  const positions: LayoutPositions = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    positions[box.id] = { x, y };
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}

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
  // The request lists boxes left to right as they are now; keep that order where it costs nothing.
  "elk.layered.considerModelOrder.strategy": "NONE",
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
  const bands = consistentRoleBands(request);
  const linked = new Set(request.links.flatMap((l) => [l.source, l.target]));
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

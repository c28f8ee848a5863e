import type { Analysis, Position } from "../analysis/analysis";
import { type Box, boundsOf } from "../analysis/geometry";
import {
  anchorPositions,
  currentTopLeft,
  type LayoutBox,
  type LayoutPositions,
  layoutRequestFor,
} from "../analysis/layoutGraph";
import { moveNodes } from "../analysis/operations/edit";
import { arrangeClusterCards } from "./clusterGrid";
import { freeSpot, topLevelBoxes } from "./freeSpot";
import { TREE_GAP, treeLayout } from "./treeLayout";

/**
 * "Boom ordenen" (no `onlyIds`) and "Selectie ordenen" (the selected top-level ids): the
 * clusters involved get their cards in a grid, then their top-level boxes are laid out as a
 * problem tree (treeLayout) at their true sizes. The whole tree starts where the old drawing
 * started; a laid-out selection goes to the free spot nearest to where it was, clear of every
 * box that was not selected. One pure step: same analysis in, same analysis out.
 */
export function arrangeTree(analysis: Analysis, onlyIds?: ReadonlySet<string>): Analysis {
  const clusters = new Set(
    analysis.nodes
      .filter((n) => n.kind === "cluster" && (onlyIds === undefined || onlyIds.has(n.id)))
      .map((n) => n.id),
  );
  const tidied = arrangeClusterCards(analysis, clusters);
  const request = layoutRequestFor(tidied, onlyIds);
  if (request.boxes.length === 0) return analysis;
  const laidOut = treeLayout(request);
  const anchor = currentTopLeft(tidied, request.boxes) ?? { x: 0, y: 0 };
  let positions = anchorPositions(laidOut, request.boxes, roundPoint(anchor));
  if (onlyIds !== undefined) {
    const moved = new Set(request.boxes.map((b) => b.id));
    const others = topLevelBoxes(tidied).filter((b) => !moved.has(b.id));
    const block = extent(positions, request.boxes);
    const spot = freeSpot(others, block, block, TREE_GAP);
    positions = anchorPositions(positions, request.boxes, spot);
  }
  return moveNodes(tidied, new Map<string, Position>(Object.entries(positions)));
}

const roundPoint = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** The box around the laid-out boxes, at their new positions. */
function extent(positions: LayoutPositions, boxes: readonly LayoutBox[]): Box {
  return boundsOf(
    boxes.flatMap((box) => {
      const p = positions[box.id];
      return p ? [{ x: p.x, y: p.y, width: box.width, height: box.height }] : [];
    }),
  );
}

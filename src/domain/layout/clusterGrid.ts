import type { Analysis, Position } from "../analysis/analysis";
import { mapNodes } from "../analysis/operations/nodes";
import { gridSlot } from "./boxSizes";
import { freeSpot, type PlacedBox, tooClose, topLevelBoxes } from "./freeSpot";

/**
 * Arranges the cards of the given clusters in each cluster's grid (boxSizes.gridSlot), in
 * reading order of where they are now (top to bottom, left to right): tidying twice changes
 * nothing. The clusters stay where they are; their size follows from the grid.
 */
export function arrangeClusterCards(analysis: Analysis, clusterIds: ReadonlySet<string>): Analysis {
  const members = new Map<string, { id: string; position: Position; index: number }[]>();
  analysis.nodes.forEach((node, index) => {
    if (node.kind !== "quote" || node.clusterId === null || !clusterIds.has(node.clusterId)) return;
    const list = members.get(node.clusterId) ?? [];
    list.push({ id: node.id, position: node.position, index });
    members.set(node.clusterId, list);
  });
  const slots = new Map<string, Position>();
  for (const cards of members.values()) {
    cards.sort(
      (a, b) => a.position.y - b.position.y || a.position.x - b.position.x || a.index - b.index,
    );
    cards.forEach((card, i) => {
      slots.set(card.id, gridSlot(i, cards.length));
    });
  }
  return mapNodes(analysis, new Set(slots.keys()), (node) => {
    const slot = slots.get(node.id) as Position;
    return node.position.x === slot.x && node.position.y === slot.y
      ? node
      : { ...node, position: slot };
  });
}

/**
 * Moves the top-level boxes among `ids` that overlap another box, together as one block, to
 * the nearest spot where the block is clear of all other boxes (freeSpot), so a cluster that
 * grew by grouping or tidying, or a pasted fragment, never covers what was there. Ids of cards
 * inside a cluster are ignored (their cluster moves them). Other boxes stay put.
 */
export function moveOffOthers(analysis: Analysis, ids: readonly string[]): Analysis {
  const wanted = new Set(ids);
  const boxes = topLevelBoxes(analysis);
  const block = boxes.filter((b) => wanted.has(b.id));
  const others: PlacedBox[] = boxes.filter((b) => !wanted.has(b.id));
  if (block.length === 0 || !block.some((a) => others.some((b) => tooClose(a, b, 0)))) {
    return analysis;
  }
  const left = Math.min(...block.map((b) => b.x));
  const top = Math.min(...block.map((b) => b.y));
  const size = {
    width: Math.max(...block.map((b) => b.x + b.width)) - left,
    height: Math.max(...block.map((b) => b.y + b.height)) - top,
  };
  const spot = freeSpot(others, size, { x: left, y: top });
  const dx = spot.x - left;
  const dy = spot.y - top;
  return mapNodes(analysis, new Set(block.map((b) => b.id)), (node) => ({
    ...node,
    position: { x: node.position.x + dx, y: node.position.y + dy },
  }));
}

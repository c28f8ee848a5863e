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
 * Moves a top-level box that overlaps another to the nearest free spot (freeSpot), so a
 * cluster that grew by grouping or tidying never covers its neighbours. Others stay put.
 */
export function moveOffOthers(analysis: Analysis, id: string): Analysis {
  const boxes = topLevelBoxes(analysis);
  const self = boxes.find((b) => b.id === id);
  if (!self) return analysis;
  const others: PlacedBox[] = boxes.filter((b) => b.id !== id);
  if (!others.some((b) => tooClose(self, b, 0))) return analysis;
  const spot = freeSpot(others, self, self);
  return mapNodes(analysis, new Set([id]), (node) => ({ ...node, position: spot }));
}

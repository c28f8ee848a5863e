import type { Analysis } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import {
  absolutePosition,
  fitClusterOrigin,
  moveIntoCluster,
  moveOutOfCluster,
  nodeById,
} from "../../domain/analysis/operations";

/**
 * After a drag: a quote card whose centre lands on a cluster joins it, a card dragged out of
 * its cluster leaves it; the clusters involved are refitted around their cards.
 */
export function dropIntoClusters(
  analysis: Analysis,
  draggedIds: readonly string[],
  clusterRects: ReadonlyMap<string, Box>,
  cardSize: (id: string) => { width: number; height: number },
): Analysis {
  let next = analysis;
  const touched = new Set<string>();
  for (const id of draggedIds) {
    const card = nodeById(next, id);
    if (card?.kind !== "quote") continue;
    const at = absolutePosition(next, card);
    const size = cardSize(id);
    const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
    let target: string | null = null;
    for (const [clusterId, r] of clusterRects) {
      if (
        centre.x >= r.x &&
        centre.x <= r.x + r.width &&
        centre.y >= r.y &&
        centre.y <= r.y + r.height
      ) {
        target = clusterId;
      }
    }
    if (card.clusterId) touched.add(card.clusterId);
    if (target && target !== card.clusterId) next = moveIntoCluster(next, id, target, at);
    else if (!target && card.clusterId) next = moveOutOfCluster(next, id, at);
    if (target) touched.add(target);
  }
  for (const clusterId of touched) next = fitClusterOrigin(next, clusterId);
  return next;
}

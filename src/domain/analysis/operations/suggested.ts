import type { Quote } from "../../corpus/quote";
import type { Analysis, Position } from "../analysis";
import type { IdSource } from "../ids";
import { groupIntoCluster } from "./cluster";
import { cardForQuote, placeQuotes } from "./place";

/** An accepted proposal: its label and its quotes (placed as new cards or taken as they are). */
export interface AcceptedCluster {
  label: string;
  quotes: readonly Quote[];
}

/**
 * Puts accepted cluster proposals on the canvas, as one change: each quote that has a card
 * is taken into the cluster from where it is, the others get a card near `at`; each cluster
 * then has its cards in a grid and moves to the nearest spot where it covers nothing
 * (groupIntoCluster), so clusters never overlap each other or what was there.
 */
export function placeAcceptedClusters(
  analysis: Analysis,
  accepted: readonly AcceptedCluster[],
  corpusId: string,
  at: Position,
  ids: IdSource,
): { analysis: Analysis; clusterIds: string[] } {
  let next = analysis;
  const clusterIds: string[] = [];
  for (const cluster of accepted) {
    const existing: string[] = [];
    const fresh: Quote[] = [];
    for (const quote of cluster.quotes) {
      const card = cardForQuote(next, quote.id);
      if (card) existing.push(card.id);
      else fresh.push(quote);
    }
    const placed = placeQuotes(next, fresh, corpusId, at, ids);
    const grouped = groupIntoCluster(
      placed.analysis,
      [...existing, ...placed.nodeIds],
      cluster.label,
      ids,
    );
    next = grouped.analysis;
    if (grouped.clusterId) clusterIds.push(grouped.clusterId);
  }
  return { analysis: next, clusterIds };
}

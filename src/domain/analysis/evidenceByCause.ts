import type { Analysis, QuoteNode } from "./analysis";
import { causesByTarget, supportingQuoteNodes } from "./graph";

export interface CauseEvidence {
  causeId: string;
  cards: QuoteNode[];
}

/**
 * The quote cards that reach a node through its causes, grouped by the cause they support:
 * nearest causes first (a direct cause before the causes beneath it), each card listed once,
 * under the first cause it reaches the node through. Cards the node holds itself are left out.
 */
export function evidenceByCause(analysis: Analysis, nodeId: string): CauseEvidence[] {
  const causesOf = causesByTarget(analysis.edges);
  const order: string[] = [];
  const seen = new Set([nodeId]);
  let frontier = [nodeId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const cause of causesOf.get(id) ?? []) {
        if (seen.has(cause)) continue;
        seen.add(cause);
        order.push(cause);
        next.push(cause);
      }
    }
    frontier = next;
  }
  const listed = new Set(supportingQuoteNodes(analysis, nodeId).map((card) => card.id));
  return order.flatMap((causeId) => {
    const cards = supportingQuoteNodes(analysis, causeId).filter((card) => !listed.has(card.id));
    for (const card of cards) listed.add(card.id);
    return cards.length > 0 ? [{ causeId, cards }] : [];
  });
}

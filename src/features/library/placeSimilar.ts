import { useCallback } from "react";
import { nodeById } from "../../domain/analysis/operations";
import type { Quote } from "../../domain/corpus/quote";
import type { SuggestClient } from "../../services/suggest/suggestClient";
import { useAppStoreApi } from "../../state/StoreProvider";
import { useSuggestClient } from "../../state/useSuggestClient";
import { SIMILAR_COUNT } from "./similarCount";

/** The quote followed by its most similar quotes of the corpus (what Shift+V places). */
export async function withSimilar(
  client: SuggestClient,
  quote: Quote,
  byId: ReadonlyMap<string, Quote>,
): Promise<Quote[]> {
  const similar = await client.similar(quote.id, SIMILAR_COUNT);
  return [
    quote,
    ...similar.flatMap((s) => {
      const other = byId.get(s.id);
      return other ? [other] : [];
    }),
  ];
}

/**
 * Shift+V on the canvas: the similar quotes of the one selected quote card go beside it, or
 * into its cluster (`placeTogether`, one undo step). Nothing for another selection, or a card
 * whose quote is not in the loaded corpus.
 */
export function usePlaceSimilarOfCard(placeTogether: (quotes: readonly Quote[]) => unknown) {
  const store = useAppStoreApi();
  const client = useSuggestClient();
  return useCallback(() => {
    const { analysis, selectedNodeIds, quotes } = store.getState();
    const [id, ...more] = selectedNodeIds;
    const card = id === undefined || more.length > 0 ? undefined : nodeById(analysis, id);
    if (card?.kind !== "quote") return;
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const quote = byId.get(card.quoteId);
    if (!quote) return;
    withSimilar(client, quote, byId).then(
      (together) => {
        // Only onto the analysis it was asked for, with the card still there.
        const now = store.getState().analysis;
        if (now.id === analysis.id && nodeById(now, card.id)) placeTogether(together);
      },
      () => {
        // Nothing placed; the side panel's similar quotes say why.
      },
    );
  }, [store, client, placeTogether]);
}

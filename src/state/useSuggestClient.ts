import type { Quote } from "../domain/corpus/quote";
import { createSuggestClient, type SuggestClient } from "../services/suggest/suggestClient";
import type { AppStore } from "./createAppStore";
import { useAppStore, useAppStoreApi } from "./StoreProvider";

const clients = new WeakMap<AppStore, { client: SuggestClient; quotes: readonly Quote[] | null }>();

/**
 * The suggestions engine (a worker) of this store, kept on the library's quotes: one per app,
 * shared by every component that asks for similar quotes or proposed clusters.
 */
export function useSuggestClient(): SuggestClient {
  const store = useAppStoreApi();
  const quotes = useAppStore((s) => s.quotes);
  let entry = clients.get(store);
  if (!entry) {
    entry = { client: createSuggestClient(), quotes: null };
    clients.set(store, entry);
  }
  const held = entry;
  // Before any question: the corpus is sent along with the first one.
  if (held.quotes !== quotes) {
    held.quotes = quotes;
    held.client.setCorpus({ ids: quotes.map((q) => q.id), texts: quotes.map((q) => q.text) });
  }
  return held.client;
}

import { lazy, Suspense } from "react";
import type { Quote } from "../../domain/corpus/quote";
import { useAppStore } from "../../state/StoreProvider";

const SimilarQuotes = lazy(() => import("./SimilarQuotes"));

/**
 * The similar quotes of a corpus quote by id, for a quote card selected on the canvas (the
 * side panel shows it; nothing when the quote is not in the loaded corpus).
 */
export function SimilarQuotesSlot({
  quoteId,
  onPlaceTogether,
}: {
  quoteId: string;
  onPlaceTogether?(quotes: Quote[]): void;
}) {
  const quote = useAppStore((s) => s.quotes.find((q) => q.id === quoteId));
  if (!quote) return null;
  return (
    <Suspense fallback={null}>
      <SimilarQuotes
        key={quote.id}
        quote={quote}
        id={`card-similar-${quote.id}`}
        onPlaceTogether={onPlaceTogether}
      />
    </Suspense>
  );
}

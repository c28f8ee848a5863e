import { lazy, memo, Suspense } from "react";
import type { Quote } from "../../domain/corpus/quote";
import { highlightSegments } from "../../domain/corpus/search";
import { useT } from "../../state/useT";
import { writeQuoteDrag } from "../canvas/quoteDrag";
import { CorrectButton } from "../corpora/CorrectButton";
import { SectionLabel } from "./SectionLabel";

/**
 * Quotes longer than this are shown clamped with a button to read them whole (a display
 * choice; the import warns about suspiciously long quotes at LONG_QUOTE_CHARS, far above).
 */
export const CLAMPED_QUOTE_CHARS = 240;

// Loaded on first use, with the words of the similar-quotes list.
const SimilarQuotes = lazy(() => import("./SimilarQuotes"));

interface QuoteItemProps {
  quote: Quote;
  terms: readonly string[];
  expanded: boolean;
  focusable: boolean;
  placed: boolean;
  /** Marked as covered by a near-identical quote on the canvas (coverage panel). */
  covered: boolean;
  onToggleExpanded(id: string): void;
  onPlace?(quote: Quote): void;
  /** The similar quotes are shown below the quote. */
  similarOpen: boolean;
  onToggleSimilar(id: string): void;
  onPlaceTogether?(quotes: Quote[]): void;
}

export const QuoteItem = memo(function QuoteItem({
  quote,
  terms,
  expanded,
  focusable,
  placed,
  covered,
  onToggleExpanded,
  onPlace,
  similarOpen,
  onToggleSimilar,
  onPlaceTogether,
}: QuoteItemProps) {
  const t = useT();
  const long = quote.text.length > CLAMPED_QUOTE_CHARS;
  const textId = `quote-text-${quote.id}`;
  const similarId = `similar-${quote.id}`;
  return (
    <article
      className={placed ? "quote placed" : "quote"}
      data-quote-id={quote.id}
      tabIndex={focusable ? 0 : -1}
      aria-describedby={textId}
      draggable={onPlace !== undefined}
      onDragStart={(event) => writeQuoteDrag(event.dataTransfer, quote.id, quote.text)}
    >
      <p id={textId} className={long && !expanded ? "quote-text clamped" : "quote-text"}>
        {highlightSegments(quote.text, terms).map((segment, i) =>
          segment.match ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
            <mark key={i}>{segment.text}</mark>
          ) : (
            segment.text
          ),
        )}
      </p>
      <div className="quote-meta">
        <SectionLabel
          section={quote.section}
          title={quote.sectionTitle}
          chapterTitle={quote.chapterTitle}
        />
        <span>
          {quote.page === null ? t("library.noPage") : t("library.page", { page: quote.page })}
        </span>
        {quote.pullQuote && (
          <span className="badge" title={t("library.pullQuoteHint")}>
            {t("library.pullQuote")}
          </span>
        )}
        {placed && (
          <span className="badge placed-badge" title={t("canvas.onCanvasHint")}>
            ✓ {t("canvas.onCanvas")}
          </span>
        )}
        {covered && (
          <span className="badge covered-badge" title={t("duplicates.coveredHint")}>
            <span aria-hidden="true">≈ </span>
            {t("duplicates.covered")}
            <span className="visually-hidden">: {t("duplicates.coveredHint")}</span>
          </span>
        )}
        {onPlace && (
          <button
            type="button"
            className="link-button"
            title={t("canvas.placeHint")}
            tabIndex={focusable ? 0 : -1}
            onClick={() => onPlace(quote)}
          >
            {t("canvas.place")}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          title={t("similar.toggleHint")}
          aria-expanded={similarOpen}
          aria-controls={similarOpen ? similarId : undefined}
          tabIndex={focusable ? 0 : -1}
          onClick={() => onToggleSimilar(quote.id)}
        >
          {t("similar.toggle")}
        </button>
        <CorrectButton quote={quote} focusable={focusable} />
        {long && (
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            aria-controls={textId}
            tabIndex={focusable ? 0 : -1}
            onClick={() => onToggleExpanded(quote.id)}
          >
            {expanded ? t("library.showLess") : t("library.showMore")}
          </button>
        )}
      </div>
      {similarOpen && (
        <Suspense fallback={null}>
          <SimilarQuotes quote={quote} id={similarId} onPlaceTogether={onPlaceTogether} />
        </Suspense>
      )}
    </article>
  );
});

import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type DragEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Quote } from "../../domain/corpus/quote";
import { useAppStore } from "../../state/StoreProvider";
import { useSuggestClient } from "../../state/useSuggestClient";
import { useT } from "../../state/useT";
import { useDragFit } from "../canvas/dragFit";
import { noteShortcut, shortcutFor } from "../canvas/shortcuts";
import type { LibraryRow } from "./libraryRows";
import { withSimilar } from "./placeSimilar";
import { QuoteItem } from "./QuoteItem";
import { SectionLabel } from "./SectionLabel";

const ESTIMATED_ROW_PX = 96;

/** Index of the next quote row from `from` in direction `step`, or `from` when there is none. */
function nextQuoteIndex(rows: readonly LibraryRow[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    if (rows[i]?.kind === "quote") return i;
  }
  return from;
}

/**
 * The virtualised quote list: only the rows in view are in the DOM, so 20,000 quotes scroll
 * as smoothly as 20. One quote is in the tab order (roving tabindex); arrow keys move it.
 */
interface LibraryListProps {
  rows: readonly LibraryRow[];
  placedQuoteIds: ReadonlySet<string>;
  /** Marked as covered by a near-identical quote on the canvas. */
  coveredQuoteIds: ReadonlySet<string>;
  onPlaceQuote?(quote: Quote): void;
  onPlaceTogether?(quotes: Quote[]): void;
}

export function LibraryList({
  rows,
  placedQuoteIds,
  coveredQuoteIds,
  onPlaceQuote,
  onPlaceTogether,
}: LibraryListProps) {
  const t = useT();
  const expanded = useAppStore((s) => s.expandedQuoteIds);
  const toggleExpanded = useAppStore((s) => s.toggleQuoteExpanded);
  const client = useSuggestClient();
  const quotes = useAppStore((s) => s.quotes);
  const quoteById = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(() => nextQuoteIndex(rows, -1, 1));
  const [focusRequested, setFocusRequested] = useState(false);
  // One quote at a time shows its similar quotes.
  const [similarOf, setSimilarOf] = useState<string | null>(null);
  const toggleSimilar = useCallback(
    (id: string) => setSimilarOf((open) => (open === id ? null : id)),
    [],
  );

  // A new result list starts keyboard focus at its first quote.
  useEffect(() => {
    setActiveIndex(nextQuoteIndex(rows, -1, 1));
  }, [rows]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });

  useEffect(() => {
    if (!focusRequested) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${activeIndex}"] article`,
    );
    if (element) {
      element.focus({ preventScroll: true });
      setFocusRequested(false);
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      setActiveIndex(index);
      setFocusRequested(true);
      virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[activeIndex];
    const onQuote = row?.kind === "quote" && (event.target as HTMLElement).tagName === "ARTICLE";
    // The keys of the shortcut table (canvas/shortcuts.ts, listed in the help overlay).
    const shortcut = shortcutFor("library", event);
    if (shortcut?.id === "nextQuote") {
      event.preventDefault();
      noteShortcut(shortcut.id);
      moveTo(nextQuoteIndex(rows, activeIndex, event.key === "ArrowDown" ? 1 : -1));
      return;
    }
    if (shortcut && row?.kind === "quote") {
      if (shortcut.id === "placeQuote" && onPlaceQuote) {
        event.preventDefault();
        // Not on to the canvas or workshop keys (Shift+P is presentation, P alone is this).
        event.stopPropagation();
        noteShortcut(shortcut.id);
        onPlaceQuote(row.quote);
      } else if (shortcut.id === "placeSimilar" && onQuote && onPlaceTogether) {
        event.preventDefault();
        event.stopPropagation();
        noteShortcut(shortcut.id);
        withSimilar(client, row.quote, quoteById).then(onPlaceTogether, () => {
          // Nothing placed; the similar-quotes list says why when it is opened.
        });
      } else if (shortcut.id === "similarQuotes" && onQuote) {
        event.preventDefault();
        event.stopPropagation();
        noteShortcut(shortcut.id);
        toggleSimilar(row.quote.id);
      } else if (shortcut.id === "expandQuote" && onQuote) {
        event.preventDefault();
        noteShortcut(shortcut.id);
        toggleExpanded(row.quote.id);
      }
      return;
    }
    switch (event.key) {
      case "Home":
        moveTo(nextQuoteIndex(rows, -1, 1));
        break;
      case "End":
        moveTo(nextQuoteIndex(rows, rows.length, -1));
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // Clicking or tabbing into a quote makes it the active one.
  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const holder = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
    const index = Number(holder?.dataset.index);
    if (Number.isInteger(index) && rows[index]?.kind === "quote") setActiveIndex(index);
  };

  // "Bij welk cluster hoort dit?": a quote dragged out of the list highlights its best clusters.
  const dragFit = useDragFit();
  const onDragStart = (event: DragEvent) => {
    const quoteId = (event.target as HTMLElement).closest<HTMLElement>("[data-quote-id]")?.dataset
      .quoteId;
    if (quoteId) dragFit.start(quoteId);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: key and drag handling is delegated from the quotes inside
    <div
      ref={scrollRef}
      className="library-list"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDragStart={onDragStart}
      onDragEnd={dragFit.end}
    >
      <ul
        aria-label={t("library.list")}
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`library-row library-row-${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === "chapter" && (
                <h3 className="chapter-heading">
                  {row.chapter} {row.title}{" "}
                  <span className="count">{t("library.quoteCount", { count: row.count })}</span>
                </h3>
              )}
              {row.kind === "section" && (
                <h4 className="section-heading">
                  <SectionLabel section={row.section} title={row.title} />{" "}
                  <span className="count">{t("library.quoteCount", { count: row.count })}</span>
                </h4>
              )}
              {row.kind === "quote" && (
                <QuoteItem
                  quote={row.quote}
                  terms={row.terms}
                  expanded={expanded.has(row.quote.id)}
                  focusable={item.index === activeIndex}
                  placed={placedQuoteIds.has(row.quote.id)}
                  covered={coveredQuoteIds.has(row.quote.id)}
                  onToggleExpanded={toggleExpanded}
                  onPlace={onPlaceQuote}
                  similarOpen={similarOf === row.quote.id}
                  onToggleSimilar={toggleSimilar}
                  onPlaceTogether={onPlaceTogether}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

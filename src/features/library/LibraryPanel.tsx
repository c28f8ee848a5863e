import { Rows4 } from "lucide-react";
import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { coveredQuoteIds, quoteIdsOnCanvas } from "../../domain/analysis/graph";
import type { AcceptedCluster } from "../../domain/analysis/operations/suggested";
import type { Quote } from "../../domain/corpus/quote";
import { whenIdle } from "../../services/whenIdle";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { CorpusTools } from "../corpora/CorpusTools";
import { CorpusStatusLine } from "./CorpusStatusLine";
import { LibraryFilters } from "./LibraryFilters";
import { LibraryList } from "./LibraryList";
import { useLibraryDensity } from "./libraryDensity";
import { libraryView } from "./libraryRows";
import { SuggestClustersButton } from "./SuggestClustersButton";

/** Corpus quote ids that have a card on the canvas, recomputed only when cards change. */
function usePlacedQuoteIds(): ReadonlySet<string> {
  const nodes = useAppStore((s) => s.analysis.nodes);
  const previous = useRef<ReadonlySet<string>>(new Set());
  // A drag changes the nodes on every frame but not which quotes are placed: keep the same set
  // then, so the list below does not re-render.
  return useMemo(() => {
    const next = quoteIdsOnCanvas(nodes);
    const same =
      next.size === previous.current.size && [...next].every((id) => previous.current.has(id));
    if (!same) previous.current = next;
    return previous.current;
  }, [nodes]);
}

/** Corpus quote ids marked as covered by a near-identical quote that is on the canvas. */
function useCoveredQuoteIds(placed: ReadonlySet<string>): ReadonlySet<string> {
  const marks = useAppStore((s) => s.analysis.coveredQuotes);
  return useMemo(() => coveredQuoteIds(marks, placed), [marks, placed]);
}

export const SEARCHABLE_MARK = "ontrafel:searchable";

/**
 * The moment a person can search: the library is on screen with its quotes and answers a
 * query (its index is built by then or by the first query; benchmark mark).
 */
function useSearchableMark() {
  useEffect(() => {
    if (performance.getEntriesByName(SEARCHABLE_MARK).length === 0)
      performance.mark(SEARCHABLE_MARK);
  }, []);
}

/** What the library's place buttons and keys do; without them it only shows and searches. */
export interface LibraryPlacement {
  onPlaceQuote?(quote: Quote): void;
  onPlaceTogether?(quotes: Quote[]): void;
  /** Accepted cluster proposals to the canvas ("Stel clusters voor"); no button without it. */
  onPlaceClusters?(accepted: AcceptedCluster[]): void;
}

export function LibraryPanel({ onPlaceQuote, onPlaceTogether, onPlaceClusters }: LibraryPlacement) {
  const t = useT();
  useSearchableMark();
  const quotes = useAppStore((s) => s.quotes);
  const search = useAppStore((s) => s.quoteSearch);
  // The quotes show at once; the search index is built right after, when the page is idle
  // (or by the first query, whichever comes first).
  useEffect(() => (search ? whenIdle(() => search.prepare(), 1000) : undefined), [search]);
  const typed = useAppStore((s) => s.query);
  // The list follows the query a moment later; until then it is marked busy.
  const query = useDeferredValue(typed);
  const chapter = useAppStore((s) => s.chapterFilter);
  const section = useAppStore((s) => s.sectionFilter);
  const unplacedOnly = useAppStore((s) => s.unplacedOnly);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const placedQuoteIds = usePlacedQuoteIds();
  const covered = useCoveredQuoteIds(placedQuoteIds);
  // Placing a quote only reshapes the list when the list hides placed (or covered) quotes.
  const exclude = useMemo(
    () => (unplacedOnly ? new Set([...placedQuoteIds, ...covered]) : null),
    [unplacedOnly, placedQuoteIds, covered],
  );
  const view = useMemo(
    () => libraryView(quotes, search, query, { chapter, section, exclude }),
    [quotes, search, query, chapter, section, exclude],
  );
  const filtered = query.trim() !== "" || chapter !== null || section !== null || unplacedOnly;
  const [density, toggleDensity] = useLibraryDensity();

  return (
    <section
      className={density === "compact" ? "library compact" : "library"}
      aria-labelledby="library-heading"
      id="library"
      tabIndex={-1}
      aria-busy={query !== typed}
    >
      <h2 id="library-heading">{t("library.heading")}</h2>
      <LibraryFilters />
      <p className="library-status" aria-live="polite" data-testid="library-result-count">
        {t("library.resultCount", { shown: view.quoteCount, total: quotes.length })}
        {view.byRelevance && view.quoteCount > 0 && (
          <span className="hint"> · {t("library.sortedByRelevance")}</span>
        )}
      </p>
      {view.quoteCount === 0 ? (
        <div className="empty">
          <p>{t("library.noResults")}</p>
          {filtered && (
            <button type="button" onClick={resetFilters}>
              {t("library.resetFilters")}
            </button>
          )}
        </div>
      ) : (
        <LibraryList
          rows={view.rows}
          placedQuoteIds={placedQuoteIds}
          coveredQuoteIds={covered}
          onPlaceQuote={onPlaceQuote}
          onPlaceTogether={onPlaceTogether}
        />
      )}
      <footer className="library-footer">
        <p className="hint library-keys">{t("library.keyboardHint")}</p>
        <CorpusStatusLine />
        <div className="library-tools">
          <CorpusTools />
          {/* After the list too: the way from search to quotes stays short. */}
          {onPlaceClusters && <SuggestClustersButton onPlace={onPlaceClusters} />}
          {/* A view setting, after the list so the way from search to quotes stays short. */}
          <IconButton
            icon={Rows4}
            label={t("library.compact")}
            aria-pressed={density === "compact"}
            onClick={toggleDensity}
            tipSide="right"
          />
        </div>
      </footer>
    </section>
  );
}

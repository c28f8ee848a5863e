import { useMemo } from "react";
import { quoteIdsOnCanvas } from "../../../domain/analysis/graph";
import { markCovered, unmarkCovered } from "../../../domain/analysis/operations";
import { nearDuplicateGroups } from "../../../domain/corpus/nearDuplicates";
import type { Quote } from "../../../domain/corpus/quote";
import { useAppStore } from "../../../state/StoreProvider";
import { useAnalysisContent } from "../../../state/useAnalysisContent";
import { useT } from "../../../state/useT";

const SHOWN_CHARS = 120;

/**
 * Quotes of the corpus that say the same (nearDuplicateGroups), each group with where its
 * copies stand and which is on the canvas: placing one is enough, and once one is placed the
 * others can be marked as covered by it (one undo step each; full access only).
 */
export function NearDuplicates() {
  const t = useT();
  const quotes = useAppStore((s) => s.quotes);
  const change = useAppStore((s) => s.change);
  const full = useAppStore((s) => s.editAccess === "full");
  const analysis = useAnalysisContent();
  const groups = useMemo(() => {
    const byId = new Map(quotes.map((q) => [q.id, q]));
    return nearDuplicateGroups(quotes).map((ids) =>
      ids.flatMap((id) => {
        const quote = byId.get(id);
        return quote ? [quote] : [];
      }),
    );
  }, [quotes]);
  const placed = useMemo(() => quoteIdsOnCanvas(analysis.nodes), [analysis.nodes]);
  const covered = analysis.coveredQuotes;
  const where = (q: Quote) =>
    q.page === null
      ? t("duplicates.whereNoPage", { section: q.section })
      : t("duplicates.where", { section: q.section, page: q.page });
  if (groups.length === 0) return <p className="panel-hint">{t("duplicates.none")}</p>;
  return (
    <>
      <p className="panel-hint">
        {t("duplicates.count", { count: groups.length })} · {t("duplicates.hint")}
      </p>
      <ul className="near-duplicates">
        {groups.map((group) => {
          const first = group[0] as Quote;
          const text =
            first.text.length > SHOWN_CHARS ? `${first.text.slice(0, SHOWN_CHARS)}…` : first.text;
          // The copy on the canvas that covers the others (the first one placed).
          const cover = group.find((q) => placed.has(q.id));
          return (
            <li key={first.id} data-duplicate-group={first.id}>
              <p className="near-duplicate-text">{text}</p>
              <ul className="near-duplicate-copies">
                {group.map((q) => {
                  const whereId = `duplicate-where-${q.id}`;
                  const marked = covered[q.id] !== undefined;
                  const onCanvas = placed.has(q.id);
                  const coveredNow = marked && placed.has(covered[q.id] as string);
                  return (
                    <li key={q.id} data-duplicate-quote={q.id}>
                      <span id={whereId}>{where(q)}</span>
                      {onCanvas && ` (${t("duplicates.placed")})`}
                      {!onCanvas && coveredNow && ` (${t("duplicates.covered")})`}
                      {full && !onCanvas && (marked || cover) && (
                        // One button that changes its words, so focus stays on it.
                        <button
                          type="button"
                          className="link-button"
                          aria-describedby={whereId}
                          onClick={() =>
                            change((a) =>
                              marked
                                ? unmarkCovered(a, q.id)
                                : markCovered(a, q.id, (cover as Quote).id),
                            )
                          }
                        >
                          {marked ? t("duplicates.unmarkCovered") : t("duplicates.markCovered")}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

import { useMemo } from "react";
import { quoteIdsOnCanvas } from "../../../domain/analysis/graph";
import { nearDuplicateGroups } from "../../../domain/corpus/nearDuplicates";
import type { Quote } from "../../../domain/corpus/quote";
import { useAppStore } from "../../../state/StoreProvider";
import { useAnalysisContent } from "../../../state/useAnalysisContent";
import { useT } from "../../../state/useT";

const SHOWN_CHARS = 120;

/**
 * Quotes of the corpus that say the same (nearDuplicateGroups), each group with where its
 * copies stand and which is on the canvas: placing one is enough.
 */
export function NearDuplicates() {
  const t = useT();
  const quotes = useAppStore((s) => s.quotes);
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
          return (
            <li key={first.id} data-duplicate-group={first.id}>
              <p className="near-duplicate-text">{text}</p>
              <p className="panel-hint">
                {group.map((q, i) => (
                  <span key={q.id}>
                    {i > 0 && " · "}
                    {where(q)}
                    {placed.has(q.id) && ` (${t("duplicates.placed")})`}
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

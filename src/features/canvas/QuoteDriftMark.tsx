import { memo } from "react";
import type { QuoteNode } from "../../domain/analysis/analysis";
import { type QuoteDrift, quoteDrift, quotesById } from "../../domain/analysis/quoteDrift";
import type { Quote } from "../../domain/corpus/quote";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import "./quoteDrift.css";

/**
 * Marks a quote card whose quote changed or vanished in the corpus; nothing when it is the same.
 * `compact` (on a card, whose footer has one line): the sign alone, its words for screen
 * readers and in the tooltip.
 */
export function QuoteDriftMark({
  drift,
  compact = false,
}: {
  drift: QuoteDrift | null;
  compact?: boolean;
}) {
  const t = useT();
  if (drift === null || drift === "same") return null;
  const changed = drift === "changed";
  const words = t(changed ? "drift.changed" : "drift.missing");
  return (
    <span
      className={`quote-drift quote-drift-${drift}`}
      data-drift={drift}
      title={t(changed ? "drift.changedHint" : "drift.missingHint")}
    >
      <span aria-hidden="true">{changed ? "✎" : "⚠"}</span>{" "}
      {compact ? <span className="visually-hidden">{words}</span> : words}
    </span>
  );
}

// One lookup table per loaded corpus, shared by every card.
const tables = new WeakMap<readonly Quote[], Map<string, Quote>>();
function tableFor(quotes: readonly Quote[]): Map<string, Quote> {
  let table = tables.get(quotes);
  if (!table) {
    table = quotesById(quotes);
    tables.set(quotes, table);
  }
  return table;
}

/** The drift of one card against the loaded corpus; null while it cannot be told. */
export function useQuoteDrift(node: QuoteNode): QuoteDrift | null {
  return useAppStore((s) => {
    const status = s.corpusStatus;
    if (status.kind !== "ready" || status.corpus.id !== node.corpusId) return null;
    return quoteDrift(node, tableFor(s.quotes));
  });
}

/** The mark for a card, for QuoteCardNode and the traceability panel: `<QuoteDriftFor node={…} />`. */
export const QuoteDriftFor = memo(function QuoteDriftFor({
  node,
  compact = false,
}: {
  node: QuoteNode;
  compact?: boolean;
}) {
  return <QuoteDriftMark drift={useQuoteDrift(node)} compact={compact} />;
});

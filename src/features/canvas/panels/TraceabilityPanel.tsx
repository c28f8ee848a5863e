import { memo, type ReactNode, useCallback, useMemo, useState } from "react";
import type { QuoteNode } from "../../../domain/analysis/analysis";
import { evidenceByCause } from "../../../domain/analysis/evidenceByCause";
import { evidenceOf, supportingQuoteNodes } from "../../../domain/analysis/graph";
import type { MessageKey } from "../../../i18n/messages";
import { useAppStore } from "../../../state/StoreProvider";
import { useAnalysisContent } from "../../../state/useAnalysisContent";
import { useT } from "../../../state/useT";
import { SectionNumber } from "../../../ui/SectionNumber";
import { RoleBadge } from "../nodes/RoleBadge";
import { QuoteDriftFor } from "../QuoteDriftMark";
import { evidenceSummary } from "./evidenceSummary";
import { nodeDisplayName } from "./nodeDisplayName";

const KIND_NAME: Record<"quote" | "cluster" | "factor", MessageKey> = {
  quote: "canvas.quote",
  cluster: "canvas.cluster",
  factor: "canvas.factor",
};

function inReadingOrder(a: QuoteNode, b: QuoteNode): number {
  return (
    a.snapshot.chapter - b.snapshot.chapter ||
    a.snapshot.section.localeCompare(b.snapshot.section, "nl", { numeric: true }) ||
    (a.snapshot.page ?? 0) - (b.snapshot.page ?? 0) ||
    a.snapshot.text.localeCompare(b.snapshot.text, "nl")
  );
}

/** The id of the one selected node, or null when none or several are selected. */
function singleSelected(ids: ReadonlySet<string>): string | null {
  if (ids.size !== 1) return null;
  const [only] = ids;
  return only ?? null;
}

/** Which quotes support the selected cluster, factor or card, and where in the corpus they come from. */
export function TraceabilityPanel({
  quoteExtra,
}: {
  /** Shown under a selected quote card (the similar quotes, handed in by the app). */
  quoteExtra?: (quoteId: string) => ReactNode;
} = {}) {
  const t = useT();
  const selectedCount = useAppStore((s) => s.selectedNodeIds.size);
  const selectedId = useAppStore((s) => singleSelected(s.selectedNodeIds));
  // Choosing a quote here selects its card; the panel keeps showing what it was showing.
  const [picked, setPicked] = useState<{ subjectId: string; cardId: string } | null>(null);
  // Once the selection moves on (canvas or keyboard), the panel follows it again.
  if (picked && picked.cardId !== selectedId) setPicked(null);
  const subjectId = picked && picked.cardId === selectedId ? picked.subjectId : selectedId;

  const setPickedFor = useCallback(
    (cardId: string) => setPicked(subjectId === null ? null : { subjectId, cardId }),
    [subjectId],
  );

  if (subjectId === null) {
    return (
      <p className="panel-hint">
        {selectedCount > 1
          ? t("panels.trace.several", { count: selectedCount })
          : t("panels.trace.hint")}
      </p>
    );
  }
  return (
    <NodeTraceability
      nodeId={subjectId}
      selectedCardId={picked?.subjectId === subjectId ? picked.cardId : null}
      onPick={setPickedFor}
      quoteExtra={quoteExtra}
    />
  );
}

function NodeTraceability({
  nodeId,
  selectedCardId,
  onPick,
  quoteExtra,
}: {
  nodeId: string;
  selectedCardId: string | null;
  onPick(cardId: string): void;
  quoteExtra?: (quoteId: string) => ReactNode;
}) {
  const t = useT();
  const analysis = useAnalysisContent();
  const select = useAppStore((s) => s.select);
  const node = useMemo(() => analysis.nodes.find((n) => n.id === nodeId), [analysis, nodeId]);
  const supporting = useMemo(
    () => supportingQuoteNodes(analysis, nodeId).sort(inReadingOrder),
    [analysis, nodeId],
  );
  const evidence = useMemo(() => evidenceOf(analysis, nodeId), [analysis, nodeId]);
  const throughCauses = useMemo(
    () =>
      evidenceByCause(analysis, nodeId).map(({ causeId, cards }) => ({
        cause: analysis.nodes.find((n) => n.id === causeId),
        cards: cards.sort(inReadingOrder),
      })),
    [analysis, nodeId],
  );
  const pick = useCallback(
    (cardId: string) => {
      onPick(cardId);
      select([cardId]);
    },
    [onPick, select],
  );

  if (!node) return <p className="panel-hint">{t("panels.trace.hint")}</p>;
  if (node.kind === "note") return <p className="panel-hint">{t("panels.trace.note")}</p>;

  return (
    <div className="traceability">
      <h3 className="panel-subject">{nodeDisplayName(node, t("canvas.untitled"))}</h3>
      <p className="panel-subject-kind">
        {t(KIND_NAME[node.kind])}
        {node.kind !== "quote" && (
          <>
            {" · "}
            <RoleBadge role={node.role} />
          </>
        )}
      </p>
      <dl className="evidence-summary">
        <dt>{t("panels.trace.own")}</dt>
        <dd data-testid="evidence-own">
          {evidence.own.quoteIds.size === 0
            ? t("panels.trace.noOwnQuotes")
            : evidenceSummary(t, evidence.own)}
        </dd>
        <dt>{t("panels.trace.rolledUp")}</dt>
        <dd data-testid="evidence-rolled-up">{evidenceSummary(t, evidence.rolledUp)}</dd>
      </dl>
      <h4>{t("panels.trace.quotes")}</h4>
      {supporting.length === 0 && throughCauses.length === 0 ? (
        <p className="panel-hint">{t("panels.trace.noQuotes")}</p>
      ) : (
        <>
          <p className="panel-hint">{t("panels.trace.quotesHint")}</p>
          {supporting.length === 0 ? (
            <p className="panel-hint">{t("panels.trace.noOwnQuotes")}</p>
          ) : (
            <QuoteList cards={supporting} selectedCardId={selectedCardId} onPick={pick} />
          )}
          {throughCauses.map(({ cause, cards }) => (
            <section key={cards[0]?.id} className="trace-cause">
              <h5>
                {t("panels.trace.throughCause", {
                  title: cause ? nodeDisplayName(cause, t("canvas.untitled")) : "",
                })}
              </h5>
              <QuoteList cards={cards} selectedCardId={selectedCardId} onPick={pick} />
            </section>
          ))}
        </>
      )}
      {node.kind === "quote" && quoteExtra?.(node.quoteId)}
    </div>
  );
}

function QuoteList({
  cards,
  selectedCardId,
  onPick,
}: {
  cards: readonly QuoteNode[];
  selectedCardId: string | null;
  onPick(cardId: string): void;
}) {
  return (
    <ul className="trace-quotes">
      {cards.map((card) => (
        <SupportingQuote
          key={card.id}
          card={card}
          selected={card.id === selectedCardId}
          onPick={onPick}
        />
      ))}
    </ul>
  );
}

const SupportingQuote = memo(function SupportingQuote({
  card,
  selected,
  onPick,
}: {
  card: QuoteNode;
  selected: boolean;
  onPick(cardId: string): void;
}) {
  const t = useT();
  const { text, section, sectionTitle, page } = card.snapshot;
  return (
    <li data-card-id={card.id}>
      <button
        type="button"
        className="trace-quote"
        aria-current={selected ? "true" : undefined}
        onClick={() => onPick(card.id)}
      >
        {/* React renders text as text: a quote can never inject markup. */}
        <span className="trace-quote-text">{text}</span>
        <span className="trace-quote-source">
          <SectionNumber section={section} title={sectionTitle} /> {section && sectionTitle}
          {" · "}
          {page === null ? t("library.noPage") : t("library.page", { page })}{" "}
          <QuoteDriftFor node={card} />
          {selected && (
            <span className="trace-quote-selected"> · {t("panels.trace.selectedCard")}</span>
          )}
        </span>
      </button>
    </li>
  );
});

import { useMemo } from "react";
import { actionChain, type ChainCause, goalChain } from "../../domain/goals/chain";
import { useAppStore } from "../../state/StoreProvider";
import { useAnalysisContent } from "../../state/useAnalysisContent";
import { useT } from "../../state/useT";

/** The selected goal's or action's chain: the cause it answers and the quotes behind it. */
export function ChainPanel() {
  const t = useT();
  const analysis = useAnalysisContent();
  const selection = useAppStore((s) => s.goalSelection);
  const chain = useMemo(() => {
    if (!selection) return null;
    return selection.kind === "goal"
      ? goalChain(analysis, selection.id)
      : actionChain(analysis, selection.id);
  }, [analysis, selection]);

  const body = () => {
    if (!chain || (!chain.goal && !chain.action))
      return <p className="panel-hint">{t("goals.chain.none")}</p>;
    return (
      <>
        {chain.action && (
          <p className="chain-action">{chain.action.title || t("goals.action.untitled")}</p>
        )}
        {chain.goal && <p className="chain-goal">{chain.goal.text}</p>}
        {chain.source ? (
          <>
            <Cause cause={chain.source} heading={t("goals.chain.answers")} />
            {chain.below.length > 0 && (
              <>
                <h4>{t("goals.chain.below")}</h4>
                {chain.below.map((cause) => (
                  <Cause key={cause.id} cause={cause} heading={null} />
                ))}
              </>
            )}
            <p className="chain-total">
              {t("goals.chain.total", { quotes: chain.quoteCount, themes: chain.themeCount })}
            </p>
          </>
        ) : (
          <p className="panel-hint">{t("goals.chain.added")}</p>
        )}
      </>
    );
  };

  return (
    <section className="chain-panel" aria-labelledby="chain-heading" data-testid="chain-panel">
      <h3 id="chain-heading">{t("goals.chain")}</h3>
      {body()}
    </section>
  );
}

function Cause({ cause, heading }: { cause: ChainCause; heading: string | null }) {
  const t = useT();
  return (
    <div className="chain-cause">
      <p>
        {heading && <strong>{heading}: </strong>}
        {cause.label || t("canvas.untitled")}
        {cause.role && ` (${t(`canvas.role.${cause.role}`)})`}
      </p>
      <ul className="chain-quotes">
        {cause.quotes.map((quote) => (
          <li key={quote.quoteId}>
            <blockquote>{quote.text}</blockquote>
            <cite>
              {[quote.section, quote.sectionTitle ?? ""].join(" ").trim()},{" "}
              {quote.page === null ? t("library.noPage") : t("library.page", { page: quote.page })}
            </cite>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useEffect, useMemo, useState } from "react";
import type { Quote } from "../../domain/corpus/quote";
import type { SimilarQuote } from "../../domain/suggest/engine";
import { useAppStore } from "../../state/StoreProvider";
import { useSuggestClient } from "../../state/useSuggestClient";
import { useT } from "../../state/useT";
import { SectionLabel } from "./SectionLabel";
import { SIMILAR_COUNT } from "./similarCount";
import "./suggest.css";

type Answer =
  | { kind: "loading" }
  | { kind: "ready"; similar: SimilarQuote[] }
  | { kind: "failed"; message: string };

/**
 * "Vergelijkbare citaten": the quotes of the corpus most like `quote`, from the suggestions
 * worker, their shared words marked; one button puts them beside it on the canvas.
 */
export function SimilarQuotes({
  quote,
  id,
  onPlaceTogether,
}: {
  quote: Quote;
  id: string;
  onPlaceTogether?(quotes: Quote[]): void;
}) {
  const t = useT();
  const client = useSuggestClient();
  const quotes = useAppStore((s) => s.quotes);
  const byId = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes]);
  const [answer, setAnswer] = useState<Answer>({ kind: "loading" });
  useEffect(() => {
    let current = true;
    setAnswer({ kind: "loading" });
    client.similar(quote.id, SIMILAR_COUNT).then(
      (similar) => current && setAnswer({ kind: "ready", similar }),
      (error: unknown) =>
        current &&
        setAnswer({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [client, quote.id]);

  const headingId = `${id}-heading`;
  return (
    <section
      className="similar-quotes"
      id={id}
      aria-labelledby={headingId}
      aria-busy={answer.kind === "loading"}
    >
      <h4 id={headingId}>{t("similar.heading")}</h4>
      {answer.kind === "loading" && <p className="hint">{t("similar.loading")}</p>}
      {answer.kind === "failed" && (
        <p role="alert">{t("similar.failed", { message: answer.message })}</p>
      )}
      {answer.kind === "ready" && answer.similar.length === 0 && (
        <p className="hint">{t("similar.none")}</p>
      )}
      {answer.kind === "ready" && answer.similar.length > 0 && (
        <>
          <ol className="similar-list">
            {answer.similar.map((s) => {
              const other = byId.get(s.id);
              return (
                <li key={s.id} data-similar-quote-id={s.id}>
                  <p className="similar-text">
                    {s.pieces.map((piece, i) =>
                      piece.shared ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and never reorder
                        <mark key={i}>{piece.text}</mark>
                      ) : (
                        piece.text
                      ),
                    )}
                  </p>
                  <p className="quote-meta">
                    {other && (
                      <SectionLabel
                        section={other.section}
                        title={other.sectionTitle}
                        chapterTitle={other.chapterTitle}
                      />
                    )}
                    <span>{t("similar.shared", { words: s.sharedWords.join(", ") })}</span>
                  </p>
                </li>
              );
            })}
          </ol>
          {onPlaceTogether && (
            <button
              type="button"
              className="link-button"
              title={t("similar.placeAllHint")}
              onClick={() =>
                onPlaceTogether([
                  quote,
                  ...answer.similar.flatMap((s) => {
                    const other = byId.get(s.id);
                    return other ? [other] : [];
                  }),
                ])
              }
            >
              {t("similar.placeAll")}
            </button>
          )}
        </>
      )}
    </section>
  );
}

export default SimilarQuotes;

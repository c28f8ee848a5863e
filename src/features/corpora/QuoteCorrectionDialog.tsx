import { useId, useMemo, useRef, useState } from "react";
import { type CorrectionDraft, canSplitAt, sectionsOf } from "../../domain/corpus/corrections";
import type { Quote } from "../../domain/corpus/quote";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { useCorporaService } from "./CorporaServiceProvider";
import "./corpora.css";

const sectionKey = (s: { chapter: number; section: string }) => `${s.chapter}|${s.section}`;

/**
 * Corrects one quote: edit its text, split it at the cursor, merge it with the next quote,
 * move it to another section or hide it. Each action is one stored correction, listed and
 * undoable in the corrections list.
 */
export function QuoteCorrectionDialog({ quote, onClose }: { quote: Quote; onClose(): void }) {
  const t = useT();
  const id = useId();
  const service = useCorporaService();
  const quotes = useAppStore((s) => s.quotes);
  const text = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const next = useMemo(
    () => quotes[quotes.findIndex((q) => q.id === quote.id) + 1] ?? null,
    [quotes, quote.id],
  );
  const sections = useMemo(
    () => sectionsOf(quotes).filter((s) => sectionKey(s) !== sectionKey(quote)),
    [quotes, quote],
  );
  const [target, setTarget] = useState(sections[0] ? sectionKey(sections[0]) : "");

  const run = async (...drafts: CorrectionDraft[]) => {
    if (!service) return;
    for (const draft of drafts) await service.correct(draft);
    onClose();
  };
  const value = () => (text.current?.value ?? quote.text).trim();
  const edited = (): CorrectionDraft[] =>
    value() !== quote.text && value() !== ""
      ? [{ kind: "edit", quoteId: quote.id, text: value() }]
      : [];

  const split = () => {
    const area = text.current;
    const current = value();
    const at = area?.selectionStart ?? 0;
    if (!canSplitAt(current, at)) return setProblem(t("corrections.cannotSplit"));
    void run(...edited(), { kind: "split", quoteId: quote.id, text: current, at });
  };

  const move = () => {
    const section = sections.find((s) => sectionKey(s) === target);
    if (section) void run({ kind: "move", quoteId: quote.id, ...section });
  };

  return (
    <ModalDialog title={t("corrections.heading")} onClose={onClose} className="corpora-dialog">
      <p>
        <label htmlFor={`${id}-text`}>{t("corrections.text")}</label>
        <br />
        <textarea
          id={`${id}-text`}
          ref={text}
          className="correction-text"
          defaultValue={quote.text}
          aria-describedby={`${id}-hint`}
        />
        <br />
        <span id={`${id}-hint`} className="hint">
          {t("corrections.splitHint")}
        </span>
      </p>
      {problem && (
        <p className="import-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void run(...edited())}>
          {t("corrections.saveText")}
        </button>
        <button type="button" onClick={split}>
          {t("corrections.split")}
        </button>
        <button
          type="button"
          disabled={next === null}
          title={next === null ? t("corrections.noNext") : undefined}
          onClick={() =>
            next && void run(...edited(), { kind: "merge", quoteId: quote.id, nextId: next.id })
          }
        >
          {t("corrections.merge")}
        </button>
        <button type="button" onClick={() => void run({ kind: "hide", quoteId: quote.id })}>
          {t("corrections.hide")}
        </button>
      </div>
      {sections.length > 0 && (
        <p className="actions">
          <label htmlFor={`${id}-move`}>{t("corrections.moveLabel")}</label>
          <select
            id={`${id}-move`}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            {sections.map((s) => (
              <option key={sectionKey(s)} value={sectionKey(s)}>
                {s.section || s.chapterTitle} {s.sectionTitle ?? ""}
              </option>
            ))}
          </select>
          <button type="button" onClick={move}>
            {t("corrections.move")}
          </button>
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t("corrections.close")}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useId, useMemo, useState } from "react";
import type { ParsedCorpus } from "../../domain/corpus/import";
import { outlineOf } from "../../domain/corpus/outline";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { importWarningMessage } from "./importMessages";

const FIRST_QUOTES = 8;
const OUTLINE_SECTIONS = 60;

/** What a file gave before it is stored: counts, chapters and themes, warnings, first quotes. */
export function ImportPreview({
  corpus,
  replaces,
  onStore,
  onCancel,
}: {
  corpus: ParsedCorpus;
  /** The id the corpus will get: an existing corpus with it is replaced. */
  replaces: string;
  onStore(corpus: ParsedCorpus, name: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const existing = useAppStore((s) => s.corpora.find((c) => c.id === replaces) ?? null);
  const [name, setName] = useState(existing?.name ?? corpus.name);
  const outline = useMemo(() => outlineOf(corpus.quotes), [corpus.quotes]);
  const sectionCount = outline.reduce((n, chapter) => n + chapter.sections.length, 0);
  let shownSections = 0;
  return (
    <form
      data-testid="import-preview"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onStore(corpus, name.trim());
      }}
    >
      <h3>{t("corpora.previewHeading", { file: `‘${corpus.sourceName}’` })}</h3>
      <p data-testid="import-summary">
        {t("corpora.previewSummary", {
          quotes: corpus.quotes.length,
          sections: sectionCount,
          chapters: outline.length,
        })}
      </p>
      {existing && <p>{t("corpora.replaces", { name: `‘${existing.name}’` })}</p>}
      <p>
        <label htmlFor={`${id}-name`}>{t("corpora.nameLabel")}</label>{" "}
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          required
          onChange={(event) => setName(event.target.value)}
        />
      </p>
      <h3>{t("corpora.warnings")}</h3>
      {corpus.warnings.length === 0 ? (
        <p>{t("corpora.noWarnings")}</p>
      ) : (
        <ul data-testid="import-warnings">
          {corpus.warnings.map((warning) => (
            <li key={warning.code}>{importWarningMessage(t, warning, corpus.format)}</li>
          ))}
        </ul>
      )}
      <h3>{t("corpora.outline")}</h3>
      <ul className="import-outline" data-testid="import-outline">
        {outline.map((chapter) => (
          <li key={chapter.chapter}>
            {chapter.chapter} {chapter.title} ({chapter.count})
            <ul>
              {chapter.sections.map((section) =>
                shownSections++ < OUTLINE_SECTIONS ? (
                  <li key={section.section}>
                    {section.section} {section.title ?? ""} ({section.count})
                  </li>
                ) : null,
              )}
            </ul>
          </li>
        ))}
      </ul>
      <h3>{t("corpora.firstQuotes")}</h3>
      <ol className="import-preview-quotes">
        {corpus.quotes.slice(0, FIRST_QUOTES).map((quote) => (
          <li key={quote.id}>
            {quote.text}{" "}
            <span className="hint">
              {quote.section} {quote.page !== null ? t("library.page", { page: quote.page }) : ""}
            </span>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="submit">{t("corpora.store")}</button>
        <button type="button" onClick={onCancel}>
          {t("corpora.cancel")}
        </button>
      </div>
    </form>
  );
}

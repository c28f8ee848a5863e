import { useId, useRef } from "react";
import { MAX_IMPORT_BYTES } from "../../domain/importError";
import { useT } from "../../state/useT";
import { CsvMappingForm } from "./CsvMappingForm";
import type { CorporaService } from "./corporaService";
import { ImportPreview } from "./ImportPreview";
import { useCorpusImport } from "./useCorpusImport";

/**
 * Import of a corpus file, as the person sees it: the file input, what is being read, the CSV
 * columns to map, the preview, the progress of storing and the outcome. The steps themselves
 * are useCorpusImport's.
 */
export function ImportPanel({ service }: { service: CorporaService }) {
  const t = useT();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { phase, setPhase, file, message, onFile, onMapped, onStore, cancel, abort } =
    useCorpusImport(service);

  return (
    <section className="import-panel" aria-labelledby={`${inputId}-h`}>
      <h3 id={`${inputId}-h`}>{t("corpora.import")}</h3>
      {phase.kind === "idle" && (
        <p>
          <label htmlFor={inputId}>
            {t("corpora.fileLabel", { max: MAX_IMPORT_BYTES / (1024 * 1024) })}
          </label>
          <br />
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".txt,.md,.markdown,.csv,.tsv,.json,.pdf,text/plain,text/markdown,text/csv,application/json,application/pdf"
            onChange={onFile}
            disabled={service.db === null}
          />
        </p>
      )}
      {service.db === null && <p>{t("corpora.noStorage")}</p>}
      {message && (
        <p
          className={message.error ? "import-error" : "import-done"}
          role={message.error ? "alert" : "status"}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
      {phase.kind === "reading" && (
        <div role="status">
          <p>
            {phase.total > 0
              ? t("corpora.readingPdf", { done: phase.done, total: phase.total })
              : t("corpora.reading")}
          </p>
          <progress
            aria-label={t("corpora.progress")}
            max={phase.total || undefined}
            value={phase.total ? phase.done : undefined}
          />
          <button type="button" onClick={cancel}>
            {t("corpora.cancel")}
          </button>
        </div>
      )}
      {phase.kind === "csv" && file && (
        <CsvMappingForm
          fileName={file.name}
          step={phase.step}
          error={phase.error}
          onChange={(step) => setPhase({ kind: "csv", step, error: null })}
          onNext={onMapped}
          onCancel={cancel}
        />
      )}
      {phase.kind === "preview" && (
        <ImportPreview
          corpus={phase.corpus}
          replaces={service.idFor(phase.corpus.sourceName)}
          onStore={onStore}
          onCancel={cancel}
        />
      )}
      {phase.kind === "storing" && (
        <div>
          <p role="status">
            {phase.progress.stage === "indexing"
              ? t("corpora.indexing")
              : t("corpora.storing", { done: phase.progress.done, total: phase.progress.total })}
          </p>
          <progress
            aria-label={t("corpora.progress")}
            max={phase.progress.total}
            value={phase.progress.stage === "storing" ? phase.progress.done : undefined}
          />
          <button type="button" onClick={() => abort.current?.abort()}>
            {t("corpora.cancel")}
          </button>
        </div>
      )}
    </section>
  );
}

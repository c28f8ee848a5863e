import { localeOf } from "../i18n/messages";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";

export function CorpusStatusLine() {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  const language = useAppStore((s) => s.language);
  if (status.kind === "loading") {
    return (
      <p className="corpus-status" role="status">
        {t("corpus.loading")}
      </p>
    );
  }
  if (status.kind === "error") {
    return (
      <p className="corpus-status error" role="alert">
        {t("corpus.error", { message: status.message })}
      </p>
    );
  }
  const date = new Date(status.corpus.importedAt).toLocaleString(localeOf(language));
  return (
    <p className="corpus-status" role="status" data-testid="corpus-status">
      {status.corpus.kind === "seed"
        ? t("corpus.ready", { count: status.corpus.quoteCount })
        : t("corpora.readyNamed", {
            count: status.corpus.quoteCount,
            name: status.corpus.name,
          })}{" "}
      <span className="hint">· {t("corpus.importedAt", { date })}</span>
    </p>
  );
}

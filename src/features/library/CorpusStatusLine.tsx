import { formatDate } from "../../i18n/dates";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";

/** At the foot of the library: which corpus it shows, how many quotes, read in when. */
export function CorpusStatusLine() {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  const language = useAppStore((s) => s.language);
  if (status.kind !== "ready") return null;
  const date = formatDate(language, status.corpus.importedAt);
  return (
    <p className="corpus-status" data-testid="corpus-status">
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

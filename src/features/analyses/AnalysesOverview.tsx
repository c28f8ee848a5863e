import { useLiveQuery } from "dexie-react-hooks";
import { navigate } from "../../app/routing";
import { useSession } from "../../app/SessionProvider";
import { localeOf } from "../../i18n/messages";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../state/StoreProvider";

/** The start screen: every saved analysis, newest first, to open or to start a new one. */
export function AnalysesOverview() {
  const t = useT();
  const session = useSession();
  const language = useAppStore((s) => s.language);
  const db = session?.db ?? null;
  const records = useLiveQuery(
    async () =>
      db
        ? (await db.analyses.orderBy("updatedAt").reverse().toArray()).filter(
            (r) => r.deletedAt === null,
          )
        : [],
    [db],
  );

  const create = async () => {
    if (!session) return;
    const analysis = await session.create();
    navigate({ kind: "analysis", id: analysis.id });
  };

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <div className="overview-header">
        <h2 id="overview-heading">{t("analyses.heading")}</h2>
        <button type="button" onClick={create} disabled={!session}>
          + {t("analyses.new")}
        </button>
      </div>
      <ul className="analysis-list">
        {(records ?? []).map((record) => (
          <li key={record.id} className="analysis-item" data-analysis-id={record.id}>
            <a href={`#/analysis/${encodeURIComponent(record.id)}`} className="analysis-title">
              {record.title || t("canvas.untitled")}
            </a>
            <span className="hint">
              {t("analyses.edited", {
                date: new Date(record.updatedAt).toLocaleString(localeOf(language)),
              })}{" "}
              ·{" "}
              {t("analyses.counts", {
                quotes: record.counts.quotes,
                clusters: record.counts.clusters,
                links: record.counts.links,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useLiveQuery } from "dexie-react-hooks";
import { Plus, Search } from "lucide-react";
import { useCallback, useId, useMemo, useRef, useState } from "react";
import { localeOf } from "../../i18n/messages";
import type { ListedAnalysis } from "../../persistence/analysisRepo";
import { listAnalyses } from "../../persistence/analysisRepo";
import { navigate } from "../../services/route";
import { useSession } from "../../state/SessionProvider";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ImportButton } from "../transfer/ImportButton";
import { AnalysisCard } from "./AnalysisCard";
import { OVERVIEW_SORTS, type OverviewSort, overviewEntry, overviewList } from "./overviewList";
import { TrashSection } from "./TrashSection";
import { type OverviewStatus, useOverviewActions } from "./useOverviewActions";
import "./overview.css";

const NONE: ListedAnalysis[] = [];

/**
 * The start screen: every saved analysis, most recently edited first, to open, rename, duplicate
 * or move to the trash, with each one's saved versions; below it the trash.
 */
export function AnalysesOverview() {
  const t = useT();
  const session = useSession();
  const db = session?.db ?? null;
  const records = useLiveQuery(async () => (db ? listAnalyses(db) : NONE), [db]);
  const [active, trashed] = useMemo(() => {
    const all = records ?? NONE;
    return [all.filter((r) => r.deletedAt === null), all.filter((r) => r.deletedAt !== null)];
  }, [records]);
  const language = useAppStore((s) => s.language);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<OverviewSort>("opened");
  const entries = useMemo(() => active.map(overviewEntry), [active]);
  const corpora = useAppStore((s) => s.corpora);
  // Each analysis's corpus by name, as the library lists it.
  const corpusNames = useMemo(() => {
    const names = new Map(corpora.map((c) => [c.id, c.name]));
    return new Map(entries.map((e) => [e.record.id, names.get(e.corpusId ?? "") ?? null]));
  }, [entries, corpora]);
  const shown = useMemo(
    () => overviewList(entries, query, sort, localeOf(language)),
    [entries, query, sort, language],
  );
  const searchId = useId();
  const sortId = useId();
  const [status, setStatus] = useState<OverviewStatus>(null);
  const actions = useOverviewActions(setStatus);
  const heading = useRef<HTMLHeadingElement>(null);
  // An item that disappeared took the focus with it; the heading is a stable place to resume.
  const focusHeading = useCallback(() => heading.current?.focus(), []);

  const create = async () => {
    if (!session) return;
    const analysis = await session.create();
    navigate({ kind: "analysis", id: analysis.id });
  };

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <div className="overview-header">
        <h2 id="overview-heading" ref={heading} tabIndex={-1}>
          {t("analyses.heading")}
        </h2>
        <button
          type="button"
          className="btn-primary"
          aria-label={`+ ${t("analyses.new")}`}
          onClick={create}
          disabled={!session}
        >
          <Plus size={16} aria-hidden="true" />
          {t("analyses.new")}
        </button>
        <ImportButton />
      </div>
      {active.length > 0 && (
        <search className="overview-tools">
          <label htmlFor={searchId} className="visually-hidden">
            {t("analyses.search")}
          </label>
          <span className="overview-search">
            <Search size={16} aria-hidden="true" />
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder={t("analyses.searchPlaceholder")}
              onChange={(event) => setQuery(event.target.value)}
            />
          </span>
          <label htmlFor={sortId}>{t("analyses.sort")}</label>
          <select
            id={sortId}
            value={sort}
            onChange={(event) => setSort(event.target.value as OverviewSort)}
          >
            {OVERVIEW_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`analyses.sort.${s}`)}
              </option>
            ))}
          </select>
          <span className="hint" aria-live="polite">
            {query ? t("analyses.found", { count: shown.length }) : ""}
          </span>
        </search>
      )}
      <p className={`overview-status${status?.kind === "failed" ? " error" : ""}`} role="status">
        {status?.text}
      </p>
      {records && active.length === 0 && <p className="hint">{t("analyses.empty")}</p>}
      <ul className="analysis-list">
        {shown.map((record) => (
          <AnalysisCard
            key={record.id}
            record={record}
            corpusName={corpusNames.get(record.id) ?? null}
            db={db}
            actions={actions}
            onTrashed={focusHeading}
          />
        ))}
      </ul>
      <TrashSection records={trashed} actions={actions} onChanged={focusHeading} />
    </section>
  );
}

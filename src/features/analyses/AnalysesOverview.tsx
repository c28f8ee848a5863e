import { useLiveQuery } from "dexie-react-hooks";
import { useCallback, useMemo, useRef, useState } from "react";
import { listAnalyses } from "../../persistence/analysisRepo";
import type { AnalysisRecord } from "../../persistence/db";
import { navigate } from "../../services/route";
import { useSession } from "../../state/SessionProvider";
import { useT } from "../../state/useT";
import { ImportButton } from "../transfer/ImportButton";
import { AnalysisCard } from "./AnalysisCard";
import { TrashSection } from "./TrashSection";
import { type OverviewStatus, useOverviewActions } from "./useOverviewActions";
import "./overview.css";

const NONE: AnalysisRecord[] = [];

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
        <button type="button" className="btn-primary" onClick={create} disabled={!session}>
          + {t("analyses.new")}
        </button>
        <ImportButton />
      </div>
      <p className={`overview-status${status?.kind === "failed" ? " error" : ""}`} role="status">
        {status?.text}
      </p>
      {records && active.length === 0 && <p className="hint">{t("analyses.empty")}</p>}
      <ul className="analysis-list">
        {active.map((record) => (
          <AnalysisCard
            key={record.id}
            record={record}
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

import { memo, useId, useState } from "react";
import { formatDate } from "../../i18n/dates";
import type { ListedAnalysis } from "../../persistence/analysisRepo";
import type { OntrafelDb } from "../../persistence/db";
import { routeHash } from "../../services/route";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { AnalysisPreview } from "./AnalysisPreview";
import { RenameForm } from "./RenameForm";
import { SnapshotList } from "./SnapshotList";
import { useFocusOnReturn } from "./useFocusOnReturn";
import type { OverviewActions } from "./useOverviewActions";

/** One analysis in the overview: thumbnail, title (opens it), facts, and what can be done with it. */
export const AnalysisCard = memo(function AnalysisCard({
  record,
  corpusName,
  db,
  actions,
  onTrashed,
}: {
  record: ListedAnalysis;
  /** The corpus its quotes come from, by name (null when it is no longer stored). */
  corpusName: string | null;
  db: OntrafelDb | null;
  actions: OverviewActions;
  onTrashed(): void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [renaming, setRenaming] = useState(false);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const renameButton = useFocusOnReturn<HTMLButtonElement>();
  const snapshotsId = useId();
  const title = record.title || t("canvas.untitled");

  const closeRename = () => {
    // The form replaced the button; give focus back to where the person was.
    renameButton.returnFocus();
    setRenaming(false);
  };

  return (
    <li className="analysis-item" data-analysis-id={record.id}>
      <AnalysisPreview document={record.analysis} />
      <div className="analysis-body">
        <a href={routeHash({ kind: "analysis", id: record.id })} className="analysis-title">
          {title}
        </a>
        <span className="hint">
          {t("analyses.edited", {
            date: formatDate(language, record.updatedAt),
          })}{" "}
          ·{" "}
          {t("analyses.counts", {
            quotes: record.counts.quotes,
            clusters: record.counts.clusters,
            links: record.counts.links,
          })}
          {corpusName && (
            <>
              {" · "}
              <span className="analysis-corpus">{corpusName}</span>
            </>
          )}
        </span>
        {renaming ? (
          <RenameForm
            initial={record.title}
            onCancel={closeRename}
            onSave={(newTitle) => {
              void actions.rename(record.id, newTitle).then(closeRename);
            }}
          />
        ) : (
          <fieldset className="analysis-actions">
            <legend className="visually-hidden">{t("analyses.actions", { title })}</legend>
            <button type="button" ref={renameButton.ref} onClick={() => setRenaming(true)}>
              {t("analyses.rename")}
            </button>
            <button type="button" onClick={() => void actions.duplicate(record.id)}>
              {t("analyses.duplicate")}
            </button>
            <button
              type="button"
              onClick={() => void actions.trash(record.id, record.title).then(onTrashed)}
            >
              {t("analyses.delete")}
            </button>
            <button
              type="button"
              aria-expanded={showSnapshots}
              aria-controls={showSnapshots ? snapshotsId : undefined}
              onClick={() => setShowSnapshots((shown) => !shown)}
            >
              {t("snapshots.toggle")}
            </button>
          </fieldset>
        )}
        {showSnapshots && db && (
          <SnapshotList
            db={db}
            id={snapshotsId}
            analysisId={record.id}
            title={title}
            onRestore={(snapshotId, name) => void actions.restoreSnapshot(snapshotId, name)}
          />
        )}
      </div>
    </li>
  );
});

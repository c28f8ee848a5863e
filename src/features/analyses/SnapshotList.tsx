import { useLiveQuery } from "dexie-react-hooks";
import { formatDate } from "../../i18n/dates";
import type { OntrafelDb } from "../../persistence/db";
import { listSnapshots } from "../../persistence/snapshotRepo";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";

/** The saved versions of one analysis, each to restore as a new analysis. Loaded when shown. */
export function SnapshotList({
  db,
  analysisId,
  title,
  id,
  onRestore,
}: {
  db: OntrafelDb;
  analysisId: string;
  title: string;
  id: string;
  onRestore(snapshotId: string, name: string): void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const snapshots = useLiveQuery(() => listSnapshots(db, analysisId), [db, analysisId]);
  if (!snapshots) return null;
  if (snapshots.length === 0)
    return (
      <p id={id} className="hint">
        {t("snapshots.none")}
      </p>
    );
  return (
    <ul id={id} className="snapshot-list" aria-label={t("snapshots.list", { title })}>
      {snapshots.map((snapshot) => (
        <li key={snapshot.id} data-snapshot-id={snapshot.id}>
          <span className="snapshot-name">{snapshot.name}</span>{" "}
          <span className="hint">
            {t("snapshots.createdAt", {
              date: formatDate(language, snapshot.createdAt),
            })}
          </span>{" "}
          <button type="button" onClick={() => onRestore(snapshot.id, snapshot.name)}>
            {t("snapshots.restoreAsCopy")}
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useRef, useState } from "react";
import { formatDate } from "../../i18n/dates";
import type { ListedAnalysis } from "../../persistence/analysisRepo";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import type { OverviewActions } from "./useOverviewActions";

/**
 * Analyses moved to the trash: each can be restored. Emptying the trash is the one action that
 * destroys data, so it asks first, with the safe choice focused.
 */
export function TrashSection({
  records,
  actions,
  onChanged,
}: {
  records: ListedAnalysis[];
  actions: OverviewActions;
  onChanged(): void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);
  if (records.length === 0) return null;

  return (
    <section className="trash" aria-labelledby="trash-heading">
      <h3 id="trash-heading">{t("trash.heading", { count: records.length })}</h3>
      <ul className="trash-list">
        {records.map((record) => {
          const title = record.title || t("canvas.untitled");
          return (
            <li key={record.id} data-trashed-id={record.id}>
              <span className="analysis-title">{title}</span>{" "}
              <span className="hint">
                {t("trash.deletedAt", {
                  date: formatDate(language, record.deletedAt ?? 0),
                })}
              </span>{" "}
              <button
                type="button"
                aria-label={`${t("trash.restore")}: ${title}`}
                onClick={() => void actions.restore(record.id, record.title).then(onChanged)}
              >
                {t("trash.restore")}
              </button>
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <fieldset
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === "Escape") setConfirming(false);
          }}
        >
          <legend>
            {records.length === 1
              ? t("trash.confirmOne")
              : t("trash.confirm", { count: records.length })}
          </legend>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void actions.emptyTrash().then(onChanged);
            }}
          >
            {t("trash.confirmYes")}
          </button>{" "}
          <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
            {t("analyses.cancel")}
          </button>
        </fieldset>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t("trash.empty")}
        </button>
      )}
    </section>
  );
}

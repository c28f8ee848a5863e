import { downloadAnalysisJson } from "../features/transfer/download";
import type { MessageKey } from "../i18n/messages";
import { useAppStore, useAppStoreApi } from "../state/StoreProvider";
import type { StorageIssue } from "../state/slices/uiSlice";
import { useT } from "../state/useT";
import "./storageBanner.css";

const MESSAGE: Record<StorageIssue["kind"], MessageKey> = {
  quota: "storage.quota",
  saveFailed: "storage.saveFailed",
  unavailable: "storage.unavailable",
  upgradeBlocked: "storage.upgradeBlocked",
  outdated: "storage.outdated",
  unreadable: "storage.unreadable",
  newerDatabase: "storage.newerDatabase",
  newerRecord: "storage.newerRecord",
  lost: "storage.lost",
};

/**
 * Says plainly when the analysis is not safely stored; the work stays in this window and can be
 * exported as a file, so nothing is lost. An outdated tab is asked to reload.
 */
export function StorageBanner() {
  const t = useT();
  const issue = useAppStore((s) => s.storageIssue);
  const corpus = useAppStore((s) => s.corpusStatus.kind);
  const ready = corpus === "ready";
  // When start-up failed altogether, the corpus error says what happened, not storage.
  if (!issue || (issue.kind === "unavailable" && corpus === "error")) return null;
  const text =
    issue.kind === "saveFailed"
      ? t(MESSAGE[issue.kind], { message: issue.message })
      : t(MESSAGE[issue.kind]);
  const canExport = ready && issue.kind !== "upgradeBlocked";
  return (
    <div
      className="banner warning storage-banner"
      role={issue.kind === "upgradeBlocked" ? "status" : "alert"}
      data-issue={issue.kind}
    >
      <span>{text}</span>
      {canExport && <ExportButton />}
      {issue.kind === "outdated" && (
        <button type="button" onClick={() => window.location.reload()}>
          {t("storage.reload")}
        </button>
      )}
    </div>
  );
}

function ExportButton() {
  const t = useT();
  const store = useAppStoreApi();
  const download = () => {
    const { analysis, corpusStatus, quotes } = store.getState();
    const corpusId = corpusStatus.kind === "ready" ? corpusStatus.corpus.id : null;
    downloadAnalysisJson({ analysis, corpusId, quotes });
  };
  return (
    <button type="button" onClick={download}>
      {t("export.download")}
    </button>
  );
}

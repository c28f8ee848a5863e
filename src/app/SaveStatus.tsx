import { Check, LoaderCircle, TriangleAlert } from "lucide-react";
import { useEffect, useState } from "react";
import { formatRecent } from "../i18n/dates";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";

const ICON = { size: 15, "aria-hidden": true } as const;

/** Says honestly whether the open analysis is stored: pending, saving, saved, or what went wrong. */
export function SaveStatus() {
  const t = useT();
  const state = useAppStore((s) => s.saveState);
  const language = useAppStore((s) => s.language);
  const persisted = useAppStore((s) => s.storagePersisted);
  const storageFull = useAppStore((s) => s.storageIssue?.kind === "quota");
  // "nu", "3 min. geleden": said again every half minute while it shows.
  const [now, setNow] = useState(() => Date.now());
  const savedAt = state.kind === "saved" ? state.at : null;
  useEffect(() => {
    if (savedAt === null) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, [savedAt]);
  // Whether the browser granted persistent storage, as a tooltip on the saved state.
  const storageHint =
    persisted === null ? undefined : t(persisted ? "storage.persisted" : "storage.notPersisted");
  switch (state.kind) {
    case "idle":
      return null;
    case "pending":
    case "saving":
      return (
        <p className="save-status" role="status" data-state="saving">
          <LoaderCircle {...ICON} className="spin" />
          <span>{t("save.saving")}</span>
        </p>
      );
    case "saved":
      return (
        <p
          className="save-status"
          role="status"
          data-state="saved"
          data-persisted={persisted === null ? undefined : String(persisted)}
          title={storageHint}
        >
          <Check {...ICON} />
          <span>
            {t("save.saved", {
              time: formatRecent(language, state.at, now),
            })}
          </span>
        </p>
      );
    case "error":
      return (
        <p
          className="save-status error"
          role="alert"
          data-state="error"
          title={storageFull ? t("save.failedQuota") : t("save.failed", { message: state.message })}
        >
          <TriangleAlert {...ICON} />
          <span>
            {storageFull ? t("save.failedQuota") : t("save.failed", { message: state.message })}
          </span>
        </p>
      );
    case "memoryOnly":
      return (
        <p
          className="save-status error"
          role="status"
          data-state="memory"
          title={t("save.memoryOnly")}
        >
          <TriangleAlert {...ICON} />
          <span>{t("save.memoryOnly")}</span>
        </p>
      );
  }
}

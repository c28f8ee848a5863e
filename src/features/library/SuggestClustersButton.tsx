import { lazy, Suspense, useState } from "react";
import type { AcceptedCluster } from "../../domain/analysis/operations/suggested";
import { useT } from "../../state/useT";

// Loaded on first use: the dialog is not part of the first screen.
const SuggestClustersDialog = lazy(() => import("./SuggestClusters"));

/** The button that opens "Stel clusters voor" (in the library's footer). */
export function SuggestClustersButton({ onPlace }: { onPlace(accepted: AcceptedCluster[]): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="suggest-open"
        title={t("suggest.openHint")}
        onClick={() => setOpen(true)}
      >
        {t("suggest.open")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SuggestClustersDialog onClose={() => setOpen(false)} onPlace={onPlace} />
        </Suspense>
      )}
    </>
  );
}

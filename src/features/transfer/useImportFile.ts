import { useCallback, useEffect, useRef, useState } from "react";
import { translate } from "../../i18n/messages";
import { navigate } from "../../services/route";
import { useSession } from "../../state/SessionProvider";
import { useAppStoreApi } from "../../state/StoreProvider";

/** An import or export that takes longer than this shows that it is busy. */
export const SLOW_MS = 300;

/**
 * Imports a file as a new analysis and opens it; the notice says what happened. Without
 * browser storage nothing is imported (it would replace the open, unsaved analysis). `busy`
 * names the file while a slow import runs.
 */
export function useImportFile() {
  const session = useSession();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const importFile = useCallback(
    async (file: File): Promise<boolean> => {
      const state = store.getState();
      const db = session?.db ?? null;
      if (!db) {
        state.setNotice((t) => t("transfer.needsStorage"));
        return false;
      }
      const timer = setTimeout(() => mounted.current && setBusy(file.name), SLOW_MS);
      try {
        // The import pipeline loads on first use: the first screen does not need it.
        const { importFileAsNew } = await import("./importFile");
        const outcome = await importFileAsNew(file, {
          db,
          corpusId:
            state.corpusStatus.kind === "ready"
              ? state.corpusStatus.corpus.id
              : state.analysis.corpusId,
          quotes: state.quotes,
          language: state.language,
          newId: () => state.ids.next("analysis"),
          titleSuffix: translate(state.language, "transfer.importedSuffix"),
          now: Date.now,
        });
        if (outcome.ok) {
          const route = { kind: "analysis", id: outcome.analysis.id } as const;
          store.getState().setNotice(outcome.message, route);
          navigate(route);
        } else store.getState().setNotice(outcome.message);
        return outcome.ok;
      } finally {
        clearTimeout(timer);
        if (mounted.current) setBusy(null);
      }
    },
    [session, store],
  );

  return { importFile, busy };
}

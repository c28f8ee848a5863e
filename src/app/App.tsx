import { lazy, Suspense } from "react";
import { useT } from "../i18n/useT";
import { useAppStore } from "../state/StoreProvider";
import { AppHeader } from "./AppHeader";

// The workspace (React Flow and the canvas) is its own chunk, fetched while the corpus
// loads, so the first screen's script stays small.
const workspaceChunk = import("./Workspace");
const Workspace = lazy(() => workspaceChunk.then((m) => ({ default: m.Workspace })));

export function App() {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  const memoryOnly = status.kind === "ready" && !status.persisted;
  return (
    <>
      <a className="skip-link" href="#library">
        {t("app.skipToLibrary")}
      </a>
      <a className="skip-link" href="#canvas">
        {t("app.skipToCanvas")}
      </a>
      <AppHeader />
      {memoryOnly && (
        <div className="banner warning" role="alert">
          {t("corpus.memoryOnly")}
        </div>
      )}
      <main className="app-main">
        {status.kind === "ready" && (
          <Suspense fallback={<p className="corpus-status">{t("corpus.loading")}</p>}>
            <Workspace />
          </Suspense>
        )}
      </main>
    </>
  );
}

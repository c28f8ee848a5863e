import { useT } from "../i18n/useT";
import { useAppStore } from "../state/StoreProvider";
import { AppHeader } from "./AppHeader";
import { Workspace } from "./Workspace";

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
      <main className="app-main">{status.kind === "ready" && <Workspace />}</main>
    </>
  );
}

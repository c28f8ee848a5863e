import { lazy, Suspense } from "react";
import { AnalysesOverview } from "../features/analyses/AnalysesOverview";
import { FileDropImport } from "../features/transfer/FileDropImport";
import { isProjectorWindow } from "../features/workshop/projectorWindow";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";
import { AppHeader } from "./AppHeader";
import { NoticeBanner } from "./NoticeBanner";
import { SkipLink } from "./SkipLink";
import { StorageBanner } from "./StorageBanner";

// The workspace (React Flow and the canvas) is its own chunk, fetched while the corpus
// loads, so the first screen's script stays small.
const workspaceChunk = import("./Workspace");
const Workspace = lazy(() => workspaceChunk.then((m) => ({ default: m.Workspace })));
// Workshop mode: a window opened with ?projector shows the analysis for the room.
const ProjectorView = lazy(() =>
  import("../features/workshop/ProjectorView").then((m) => ({ default: m.ProjectorView })),
);

function MainContent() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  const openId = useAppStore((s) => s.analysis.id);
  if (route.kind === "overview") return <AnalysesOverview />;
  if (route.id !== openId) return <p className="corpus-status">{t("analyses.loading")}</p>;
  return (
    <Suspense fallback={<p className="corpus-status">{t("corpus.loading")}</p>}>
      {isProjectorWindow() ? <ProjectorView /> : <Workspace />}
    </Suspense>
  );
}

export function App() {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  return (
    <>
      <SkipLink target="library">{t("app.skipToLibrary")}</SkipLink>
      <SkipLink target="canvas">{t("app.skipToCanvas")}</SkipLink>
      <AppHeader />
      <StorageBanner />
      <NoticeBanner />
      <main className="app-main">{status.kind === "ready" && <MainContent />}</main>
      {/* A file dropped anywhere opens as a new analysis. */}
      {status.kind === "ready" && <FileDropImport />}
    </>
  );
}

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
  if (route.id !== openId) return <LoadingSkeleton label={t("analyses.loading")} />;
  return (
    <Suspense fallback={<LoadingSkeleton label={t("corpus.loading")} />}>
      {isProjectorWindow() ? <ProjectorView /> : <Workspace />}
    </Suspense>
  );
}

/** The shape of the workspace, greyed, while the quotes or the analysis load. */
function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton-library">
        <span className="skeleton-bar wide" />
        <span className="skeleton-bar" />
        {[0, 1, 2, 3, 4].map((i) => (
          <span key={i} className="skeleton-card" />
        ))}
      </div>
      <div className="skeleton-canvas">
        <span className="skeleton-bar toolbar" />
      </div>
    </div>
  );
}

function CorpusError({ message }: { message: string }) {
  const t = useT();
  return (
    <p className="corpus-error" role="alert">
      {t("corpus.error", { message })}
    </p>
  );
}

export function App() {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  const inAnalysis = useAppStore((s) => s.route.kind === "analysis");
  return (
    <>
      {/* Only to regions that are on this screen. */}
      {inAnalysis ? (
        <>
          <SkipLink target="library">{t("app.skipToLibrary")}</SkipLink>
          <SkipLink target="canvas">{t("app.skipToCanvas")}</SkipLink>
        </>
      ) : (
        <SkipLink target="overview-heading">{t("app.skipToContent")}</SkipLink>
      )}
      <AppHeader />
      <StorageBanner />
      <NoticeBanner />
      <main className="app-main">
        {status.kind === "ready" ? (
          <MainContent />
        ) : status.kind === "error" ? (
          <CorpusError message={status.message} />
        ) : (
          <LoadingSkeleton label={t("corpus.loading")} />
        )}
      </main>
      {/* A file dropped anywhere opens as a new analysis. */}
      {status.kind === "ready" && <FileDropImport />}
    </>
  );
}

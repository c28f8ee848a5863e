import { lazy, Suspense } from "react";
import { AnalysesOverview } from "../features/analyses/AnalysesOverview";
import { FileDropImport } from "../features/transfer/FileDropImport";
import { isProjectorWindow } from "../features/workshop/projectorWindow";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";
import { AppHeader } from "./AppHeader";
import { NoticeBanner } from "./NoticeBanner";
import { LoadingSkeleton } from "./Skeleton";
import { SkipLink } from "./SkipLink";
import { StorageBanner } from "./StorageBanner";
import { WorkspaceShell } from "./WorkspaceShell";

// Workshop mode: a window opened with ?projector shows the analysis for the room.
const ProjectorView = lazy(() =>
  import("../features/workshop/ProjectorView").then((m) => ({ default: m.ProjectorView })),
);

function MainContent() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  const openId = useAppStore((s) => s.analysis.id);
  if (route.kind === "overview") return <AnalysesOverview />;
  const open = route.id === openId;
  if (!isProjectorWindow()) return <WorkspaceShell open={open} />;
  const loading = <LoadingSkeleton label={t("analyses.loading")} />;
  return open ? (
    <Suspense fallback={loading}>
      <ProjectorView />
    </Suspense>
  ) : (
    loading
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

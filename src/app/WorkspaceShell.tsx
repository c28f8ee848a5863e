import { lazy, Suspense, useEffect, useState } from "react";
import type { LibraryPlacement } from "../features/library/LibraryPanel";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";
import { CanvasSkeleton, LibrarySkeleton } from "./Skeleton";

// The library's chunk is fetched at once: it shows and searches the quotes as soon as they are
// there. The workspace's (React Flow, the canvas, the side panel) is fetched once the library
// is on screen, while the analysis opens, so running it does not hold the library back.
const libraryChunk = import("../features/library/LibraryPanel");
const LibraryPanel = lazy(() => libraryChunk.then((m) => ({ default: m.LibraryPanel })));
let workspaceChunk: Promise<typeof import("./Workspace")> | null = null;
const loadWorkspace = () => {
  workspaceChunk ??= import("./Workspace");
  return workspaceChunk;
};
const Workspace = lazy(() => loadWorkspace().then((m) => ({ default: m.Workspace })));

/** The library, and once it is on screen the fetch of the workspace beside it. */
function ShownLibrary(placement: LibraryPlacement) {
  useEffect(() => void loadWorkspace(), []);
  return <LibraryPanel {...placement} />;
}

/**
 * The working screen's frame. The library is its first column from the start and stays the
 * same element when the canvas arrives beside it, so a search typed meanwhile keeps its focus;
 * its place buttons and keys come with the canvas (`open`: the analysis is in the store).
 */
export function WorkspaceShell({ open }: { open: boolean }) {
  const t = useT();
  const goalView = useAppStore((s) => s.goalView);
  const [placement, setPlacement] = useState<LibraryPlacement>({});
  const opening = <CanvasSkeleton label={t("analyses.loading")} />;
  return (
    <div className={goalView ? "workspace goals" : "workspace"}>
      {/* The goal view takes the library's room: it places no quotes, and its tree needs it. */}
      {!goalView && (
        <Suspense fallback={<LibrarySkeleton />}>
          <ShownLibrary {...placement} />
        </Suspense>
      )}
      {open ? (
        <Suspense fallback={opening}>
          <Workspace onPlacement={setPlacement} />
        </Suspense>
      ) : (
        opening
      )}
    </div>
  );
}

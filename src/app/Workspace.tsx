import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { Canvas } from "../features/canvas/Canvas";
import { CanvasToolbar } from "../features/canvas/CanvasToolbar";
import { SidePanel } from "../features/canvas/panels/SidePanel";
import { useCanvasCommands } from "../features/canvas/useCanvasCommands";
import { useCanvasShortcuts } from "../features/canvas/useCanvasShortcuts";
import { useGlobalShortcuts } from "../features/canvas/useGlobalShortcuts";
import { useLayout } from "../features/canvas/useLayout";
import { LibraryPanel } from "../features/library/LibraryPanel";
import { useAppStoreApi } from "../state/StoreProvider";

const HelpOverlay = lazy(() =>
  import("../features/canvas/HelpOverlay").then((m) => ({ default: m.HelpOverlay })),
);

/** The working screen: quote library, canvas with its toolbar, and the side panel. */
export function Workspace() {
  return (
    <ReactFlowProvider>
      <WorkspaceInner />
    </ReactFlowProvider>
  );
}

function WorkspaceInner() {
  const commands = useCanvasCommands();
  const { status, layout, tidySelection } = useLayout();
  const [helpOpen, setHelpOpen] = useState(false);
  const [snapToGrid, setSnapToGrid] = useState(true);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const extra = useMemo(() => ({ layout, tidySelection }), [layout, tidySelection]);
  const onCanvasKeyDown = useCanvasShortcuts(useAppStoreApi(), commands, extra);
  useGlobalShortcuts(openHelp);

  return (
    <div className="workspace">
      <LibraryPanel onPlaceQuote={commands.placeQuote} />
      <div className="canvas-column">
        <CanvasToolbar
          commands={commands}
          layoutStatus={status}
          onLayout={layout}
          onTidySelection={tidySelection}
          snapToGrid={snapToGrid}
          onToggleSnap={() => setSnapToGrid((v) => !v)}
          onOpenHelp={openHelp}
        />
        <Canvas commands={commands} snapToGrid={snapToGrid} onKeyDown={onCanvasKeyDown} />
      </div>
      <SidePanel />
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

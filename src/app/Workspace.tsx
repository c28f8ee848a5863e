import { ReactFlowProvider } from "@xyflow/react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { Canvas } from "../features/canvas/Canvas";
import { CanvasToolbar } from "../features/canvas/CanvasToolbar";
import { EdgeEditor } from "../features/canvas/EdgeEditor";
import { NodeBadgeProvider } from "../features/canvas/nodes/NodeBadgeSlot";
import { SidePanel } from "../features/canvas/panels/SidePanel";
import { SelectionBar } from "../features/canvas/SelectionBar";
import { useCanvasCommands } from "../features/canvas/useCanvasCommands";
import { useCanvasShortcuts } from "../features/canvas/useCanvasShortcuts";
import { useGlobalShortcuts } from "../features/canvas/useGlobalShortcuts";
import { useLayout } from "../features/canvas/useLayout";
import { LibraryPanel } from "../features/library/LibraryPanel";
import { usePlaceSimilarOfCard } from "../features/library/placeSimilar";
import { SimilarQuotesSlot } from "../features/library/SimilarQuotesSlot";
import { TransferMenu } from "../features/transfer/TransferMenu";
import { useWorkshop } from "../features/workshop/useWorkshop";
import { VoteBadge } from "../features/workshop/VoteBadge";
import { WorkshopBar } from "../features/workshop/WorkshopBar";
import { WorkshopLayer } from "../features/workshop/WorkshopLayer";
import { useAppStore, useAppStoreApi } from "../state/StoreProvider";

const GoalTreeView = lazy(() => import("../features/goalView/GoalTreeView"));

const HelpOverlay = lazy(() =>
  import("../features/canvas/HelpOverlay").then((m) => ({ default: m.HelpOverlay })),
);

/**
 * The working screen: quote library, canvas with its toolbar, and the side panel; or, in the
 * goal view, the goal tree and action plan with the side panel.
 */
export function Workspace() {
  return (
    <ReactFlowProvider>
      <NodeBadgeProvider badge={VoteBadge}>
        <WorkspaceInner />
      </NodeBadgeProvider>
    </ReactFlowProvider>
  );
}

function WorkspaceInner() {
  const commands = useCanvasCommands();
  const { status, layout, tidySelection } = useLayout();
  const helpOpen = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const [snapToGrid, setSnapToGrid] = useState(true);
  const [miniMap, setMiniMap] = useState(true);
  const openHelp = useCallback(() => setHelpOpen(true), [setHelpOpen]);
  const placeSimilarCard = usePlaceSimilarOfCard(commands.placeTogether);
  const extra = useMemo(
    () => ({ layout, tidySelection, placeSimilarCard }),
    [layout, tidySelection, placeSimilarCard],
  );
  const canvasKeyDown = useCanvasShortcuts(useAppStoreApi(), commands, extra);
  // Workshop mode: its keys go before the canvas ones; bar, quick capture and voting below.
  const workshop = useWorkshop(canvasKeyDown);
  useGlobalShortcuts(openHelp);
  const goalView = useAppStore((s) => s.goalView);
  // Quotes are placed only with full access: no place buttons or keys for anyone else.
  const full = useAppStore((s) => s.editAccess === "full");
  // The library's similar quotes under a selected card in the side panel.
  const quoteExtra = useCallback(
    (quoteId: string) => (
      <SimilarQuotesSlot
        quoteId={quoteId}
        onPlaceTogether={full ? commands.placeTogether : undefined}
      />
    ),
    [full, commands.placeTogether],
  );

  return (
    <div className={goalView ? "workspace goals" : "workspace"}>
      {/* The goal view takes the library's room: it places no quotes, and its tree needs it. */}
      {!goalView && (
        <LibraryPanel
          onPlaceQuote={full ? commands.placeQuote : undefined}
          onPlaceTogether={full ? commands.placeTogether : undefined}
          onPlaceClusters={full ? commands.placeClusters : undefined}
        />
      )}
      {goalView ? (
        <div className="canvas-column">
          <Suspense fallback={null}>
            <GoalTreeView />
          </Suspense>
        </div>
      ) : (
        <div className="canvas-column">
          {/* One row: the canvas's tools, then the workshop's. */}
          <div className="canvas-toolbars">
            <CanvasToolbar
              commands={commands}
              layoutStatus={status}
              onLayout={layout}
              snapToGrid={snapToGrid}
              onToggleSnap={() => setSnapToGrid((v) => !v)}
              miniMap={miniMap}
              onToggleMiniMap={() => setMiniMap((v) => !v)}
              onOpenHelp={openHelp}
              transferMenu={<TransferMenu />}
            />
            <WorkshopBar commands={workshop.commands} />
          </div>
          <Canvas
            commands={commands}
            snapToGrid={snapToGrid}
            onKeyDown={workshop.onCanvasKeyDown}
            showMiniMap={miniMap}
          >
            <SelectionBar
              commands={commands}
              onTidySelection={tidySelection}
              busy={status.kind === "busy"}
            />
            <EdgeEditor />
          </Canvas>
          <WorkshopLayer commands={workshop.commands} />
        </div>
      )}
      <SidePanel quoteExtra={quoteExtra} />
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

import { ReactFlowProvider } from "@xyflow/react";
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from "react";
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
import type { LibraryPlacement } from "../features/library/LibraryPanel";
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

type Placing = (placement: LibraryPlacement) => void;

/** The moment the canvas is on screen beside the library (benchmark mark). */
export const WORKSPACE_OPEN_MARK = "ontrafel:workspace-open";

/**
 * The working screen beside the library (WorkspaceShell): the canvas with its toolbar, and the
 * side panel; or, in the goal view, the goal tree and action plan with the side panel. It hands
 * the library what its place buttons and keys do; handing them over does not render it again.
 */
export const Workspace = memo(function Workspace({ onPlacement }: { onPlacement: Placing }) {
  return (
    <ReactFlowProvider>
      <NodeBadgeProvider badge={VoteBadge}>
        <WorkspaceInner onPlacement={onPlacement} />
      </NodeBadgeProvider>
    </ReactFlowProvider>
  );
});

/**
 * Hands the library the canvas's place commands, only with full access: no place buttons or
 * keys for anyone else. Before the first paint, so the library never shows without them
 * once the canvas is on screen.
 */
function usePlacement(onPlacement: Placing, commands: ReturnType<typeof useCanvasCommands>) {
  const full = useAppStore((s) => s.editAccess === "full");
  const { placeQuote, placeTogether, placeClusters } = commands;
  useLayoutEffect(() => {
    onPlacement(
      full
        ? {
            onPlaceQuote: placeQuote,
            onPlaceTogether: placeTogether,
            onPlaceClusters: placeClusters,
          }
        : {},
    );
    return () => onPlacement({});
  }, [onPlacement, full, placeQuote, placeTogether, placeClusters]);
  return full;
}

function WorkspaceInner({ onPlacement }: { onPlacement: Placing }) {
  useEffect(() => {
    if (performance.getEntriesByName(WORKSPACE_OPEN_MARK).length === 0)
      performance.mark(WORKSPACE_OPEN_MARK);
  }, []);
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
  const full = usePlacement(onPlacement, commands);
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
    <>
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
    </>
  );
}

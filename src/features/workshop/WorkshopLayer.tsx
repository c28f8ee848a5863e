import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useLayoutEffect, useState } from "react";
import { createPortal } from "react-dom";
import type { Analysis } from "../../domain/analysis/analysis";
import { boundsOf, type PlacedNode, placedNodes } from "../../domain/analysis/geometry";
import { rankFrames, readableViewport } from "../../domain/analysis/readableView";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { FocusHighlight } from "./FocusHighlight";
import { QuickCapture } from "./QuickCapture";
import { useFollowPeer } from "./useFollowPeer";
import { useProjectorBroadcast } from "./useProjectorBroadcast";
import { VotingPanel } from "./VotingPanel";
import type { WorkshopCommands } from "./workshopCommands";

/** Class on <html> while presenting: the stylesheet hides the panels and enlarges the rest. */
export const PRESENTING_CLASS = "presenting";

/** The smallest text presenting puts on screen: quote text, and the goal diagram's titles. */
export const PRESENTED_TEXT_PX = 18;
/** Quote text while presenting (workshop.css), and the zoom at which it is 18 px on screen. */
const PRESENTED_QUOTE_PX = 16;
export const READABLE_ZOOM = PRESENTED_TEXT_PX / PRESENTED_QUOTE_PX;

/**
 * What presentation mode shows, read when it moves the view: a board (the analysis, or the
 * goal tree drawn as one) and its boxes as drawn.
 */
export type PresentedBoard = () => { analysis: Analysis; placed: readonly PlacedNode[] };

/**
 * The readable view of the presented rank: the core problem with the ranks next to it (or,
 * stepped with "." and ",", another rank with its neighbours), whole if that keeps quote text
 * at 18 px or more on screen, else at that size centred on it. Without a core problem: the
 * whole board at a readable size, centred.
 */
function presentedView(
  board: PresentedBoard,
  rank: number,
  screen: { width: number; height: number },
) {
  const { analysis, placed } = board();
  const frames = rankFrames(analysis, placed);
  const frame = frames.find((f) => f.rank === rank)?.box ?? boundsOf(placed.map((p) => p.box));
  return readableViewport(frame, screen, READABLE_ZOOM);
}

/**
 * Presentation mode on the page: the class, full screen where the browser allows it (leaving
 * full screen with Escape leaves presentation mode too), and the presented rank of `board` in
 * view. Used by the problem tree's canvas (WorkshopLayer) and the goal diagram alike.
 */
export function usePresentationMode(board: PresentedBoard) {
  const store = useAppStoreApi();
  const presentation = useAppStore((s) => s.presentation);
  const presentRank = useAppStore((s) => s.presentRank);
  const flow = useReactFlow();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle(PRESENTING_CLASS, presentation);
    if (!presentation && document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
    if (presentation) root.requestFullscreen?.().catch(() => {});
  }, [presentation]);
  useEffect(() => {
    if (!presentation) return;
    // After the panels are gone and React Flow has measured the larger canvas.
    const timer = setTimeout(() => {
      const pane = document.querySelector(".react-flow");
      if (!pane) return;
      const screen = { width: pane.clientWidth, height: pane.clientHeight };
      void flow.setViewport(presentedView(board, presentRank, screen), { duration: 200 });
    }, 150);
    return () => clearTimeout(timer);
  }, [presentation, presentRank, flow, board]);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && store.getState().presentation)
        store.getState().setPresentation(false);
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      document.documentElement.classList.remove(PRESENTING_CLASS);
    };
  }, [store]);
}

/** The canvas region, once it is on the page: quick capture and voting float over it. */
function useCanvasElement(): HTMLElement | null {
  const [element, setElement] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => setElement(document.getElementById("canvas")), []);
  return element;
}

/**
 * What workshop mode adds over the canvas (quick capture, the voting panel: they take no room
 * from it) and its effects on the page. Keys typed in them never reach the canvas shortcuts:
 * React passes events along its own tree, where they are not inside the canvas.
 */
export function WorkshopLayer({ commands }: { commands: WorkshopCommands }) {
  const votingOpen = useAppStore((s) => s.votingPanelOpen);
  const captureOpen = useAppStore((s) => s.quickCaptureOpen);
  const canvas = useCanvasElement();
  const store = useAppStoreApi();
  const board = useCallback<PresentedBoard>(() => {
    const { analysis, nodeSizes } = store.getState();
    return { analysis, placed: placedNodes(analysis, nodeSizes) };
  }, [store]);
  usePresentationMode(board);
  useProjectorBroadcast();
  useFollowPeer();
  return (
    <>
      {canvas &&
        createPortal(
          <>
            {captureOpen && <QuickCapture commands={commands} autoFocus />}
            {votingOpen && (
              <div id="voting-panel" className="voting-panel-host">
                <VotingPanel commands={commands} />
              </div>
            )}
          </>,
          canvas,
        )}
      <FocusHighlight />
    </>
  );
}

import { useReactFlow } from "@xyflow/react";
import { useEffect, useLayoutEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { FocusHighlight } from "./FocusHighlight";
import { QuickCapture } from "./QuickCapture";
import { useProjectorBroadcast } from "./useProjectorBroadcast";
import { VotingPanel } from "./VotingPanel";
import type { WorkshopCommands } from "./workshopCommands";

/** Class on <html> while presenting: the stylesheet hides the panels and enlarges the rest. */
export const PRESENTING_CLASS = "presenting";

/**
 * Presentation mode on the page: the class, full screen where the browser allows it (leaving
 * full screen with Escape leaves presentation mode too), and the whole tree in view.
 */
function usePresentationMode() {
  const store = useAppStoreApi();
  const presentation = useAppStore((s) => s.presentation);
  const flow = useReactFlow();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle(PRESENTING_CLASS, presentation);
    if (presentation) {
      root.requestFullscreen?.().catch(() => {});
      // After the panels are gone and React Flow has measured the larger canvas.
      const timer = setTimeout(() => void flow.fitView({ padding: 0.1, duration: 200 }), 150);
      return () => clearTimeout(timer);
    }
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
  }, [presentation, flow]);
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
  usePresentationMode();
  useProjectorBroadcast();
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

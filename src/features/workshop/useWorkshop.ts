import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useMemo } from "react";
import type { AppStore } from "../../state/createAppStore";
import { useAppStoreApi } from "../../state/StoreProvider";
import { isEditableTarget } from "../canvas/useCanvasShortcuts";
import { createWorkshopCommands, type WorkshopCommands } from "./workshopCommands";

function workshopAction(key: string, commands: WorkshopCommands): (() => void) | null {
  switch (key) {
    case "h":
      return commands.toggleFocus;
    case "PageDown":
      return () => commands.stepFocusLevel(1);
    case "PageUp":
      return () => commands.stepFocusLevel(-1);
    case "+":
    case "=":
      return () => commands.voteSelected(1);
    case "-":
      return () => commands.voteSelected(-1);
    case "t":
      return commands.toggleTimer;
    case "v":
      return commands.toggleVotingPanel;
    default:
      return null;
  }
}

/**
 * Workshop keys on the canvas (listed in canvas/shortcuts.ts): H focus, PageDown/PageUp levels,
 * + and - dots, A quick capture, T timer. True when the key was one of them.
 */
export function handleWorkshopKey(
  event: ReactKeyboardEvent,
  store: AppStore,
  commands: WorkshopCommands,
): boolean {
  if (isEditableTarget(event.target) || store.getState().editingNodeId) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const action =
    event.key === "a"
      ? () => store.getState().setQuickCaptureOpen(true)
      : workshopAction(event.key, commands);
  if (!action) return false;
  event.preventDefault();
  event.stopPropagation();
  action();
  return true;
}

/** P anywhere but in a text field or the quote list (where P places a quote) presents. */
function usePresentationKey(commands: WorkshopCommands) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "p" && event.key !== "P") return;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (isEditableTarget(target) || (target instanceof Element && target.closest("#library")))
        return;
      event.preventDefault();
      commands.togglePresentation();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [commands]);
}

/** Centres a node when it is not fully in view, leaving keyboard focus where it is. */
function useShowNode() {
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      // A node added just now reaches React Flow on the next render.
      requestAnimationFrame(() => {
        const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
        const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        const box = element?.getBoundingClientRect();
        const inside =
          pane &&
          box &&
          box.left >= pane.left &&
          box.right <= pane.right &&
          box.top >= pane.top &&
          box.bottom <= pane.bottom;
        const node = flow.getInternalNode(id);
        if (inside || !node) return;
        const { x, y } = node.internals.positionAbsolute;
        void flow.setCenter(
          x + (node.measured.width ?? 0) / 2,
          y + (node.measured.height ?? 0) / 2,
          { zoom: flow.getZoom(), duration: 200 },
        );
      });
    },
    [flow],
  );
}

/**
 * The workshop commands bound to the store and the canvas on screen, and the canvas keydown
 * handler with the workshop keys in front of the canvas ones.
 */
export function useWorkshop(canvasKeyDown: (event: ReactKeyboardEvent) => void) {
  const store = useAppStoreApi();
  const show = useShowNode();
  const commands = useMemo(() => createWorkshopCommands(store, { show }), [store, show]);
  usePresentationKey(commands);
  const onCanvasKeyDown = useCallback(
    (event: ReactKeyboardEvent) => {
      if (!handleWorkshopKey(event, store, commands)) canvasKeyDown(event);
    },
    [store, commands, canvasKeyDown],
  );
  return { commands, onCanvasKeyDown };
}

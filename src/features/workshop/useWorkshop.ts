import { useReactFlow } from "@xyflow/react";
import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useMemo } from "react";
import type { AppStore } from "../../state/createAppStore";
import { useAppStoreApi } from "../../state/StoreProvider";
import { shortcutAllowed } from "../canvas/accessShortcuts";
import { noteShortcut, shortcutFor } from "../canvas/shortcuts";
import { isEditableTarget } from "../canvas/useCanvasShortcuts";
import { createWorkshopCommands, type WorkshopCommands } from "./workshopCommands";

/** What each workshop shortcut of the table (canvas/shortcuts.ts) does on the canvas. */
function workshopAction(
  id: string,
  event: ReactKeyboardEvent,
  store: AppStore,
  commands: WorkshopCommands,
): (() => void) | null {
  switch (id) {
    case "focus":
      return commands.toggleFocus;
    case "focusLevel":
      return () => commands.stepFocusLevel(event.key === "PageDown" ? 1 : -1);
    case "vote":
      return () => commands.voteSelected(1);
    case "unvote":
      return () => commands.voteSelected(-1);
    case "quickCapture":
      return () => store.getState().setQuickCaptureOpen(true);
    case "timer":
      return commands.toggleTimer;
    case "votingPanel":
      return commands.toggleVotingPanel;
    default:
      return null;
  }
}

/**
 * Workshop keys on the canvas (listed in canvas/shortcuts.ts): H focus, PageDown/PageUp levels,
 * + and - dots, A quick capture, T timer, V voting. True when the key was one of them.
 */
export function handleWorkshopKey(
  event: ReactKeyboardEvent,
  store: AppStore,
  commands: WorkshopCommands,
): boolean {
  if (isEditableTarget(event.target) || store.getState().editingNodeId) return false;
  const shortcut = shortcutFor("canvas", event);
  if (!shortcut || !shortcutAllowed(shortcut.id, store.getState().editAccess)) return false;
  const action = workshopAction(shortcut.id, event, store, commands);
  if (!action) return false;
  event.preventDefault();
  event.stopPropagation();
  noteShortcut(shortcut.id);
  action();
  return true;
}

/**
 * Shift+P anywhere but in a text field presents (P alone places a quote in the library); while
 * presenting, "." shows the next rank down the tree and "," the next one up.
 */
function usePresentationKey(store: AppStore, commands: WorkshopCommands) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditableTarget(event.target)) return;
      const presenting = store.getState().presentation;
      const id = (
        (presenting && shortcutFor("presenting", event)) ||
        shortcutFor("anywhere", event)
      )?.id;
      if (id === "presentation") {
        event.preventDefault();
        noteShortcut("presentation");
        commands.togglePresentation();
      } else if (id === "presentRank") {
        event.preventDefault();
        noteShortcut("presentRank");
        commands.stepPresentRank(event.key === "." ? 1 : -1);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, commands]);
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
  usePresentationKey(store, commands);
  const onCanvasKeyDown = useCallback(
    (event: ReactKeyboardEvent) => {
      if (!handleWorkshopKey(event, store, commands)) canvasKeyDown(event);
    },
    [store, commands, canvasKeyDown],
  );
  return { commands, onCanvasKeyDown };
}

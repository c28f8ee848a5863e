import { useEffect } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { isEditableTarget } from "./useCanvasShortcuts";

/** The screen's regions in F6 order, each with the element that takes focus in it. */
const REGIONS: { region: string; target: string }[] = [
  { region: "#library", target: '#library article[tabindex="0"], #library input' },
  { region: "#canvas", target: "#canvas" },
  { region: ".side-panel", target: '.side-panel [role="tab"][aria-selected="true"]' },
];

/** F6 / Shift+F6: jump between library, canvas and side panel, as in most desktop apps. */
function cycleRegion(step: 1 | -1) {
  const current = REGIONS.findIndex(({ region }) => document.activeElement?.closest(region));
  const next = REGIONS[(current + step + REGIONS.length) % REGIONS.length];
  document.querySelector<HTMLElement>(next?.target ?? "")?.focus();
}

/**
 * Shortcuts that work anywhere: F6 moves between regions; except while typing in a field,
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, ? opens the shortcut help.
 */
export function useGlobalShortcuts(openHelp: () => void) {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "F6") {
        event.preventDefault();
        cycleRegion(event.shiftKey ? -1 : 1);
        return;
      }
      if (event.defaultPrevented || isEditableTarget(event.target)) return;
      if (event.key === "?" && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        openHelp();
        return;
      }
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === "z") {
        event.preventDefault();
        if (event.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (key === "y") {
        event.preventDefault();
        store.getState().redo();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, openHelp]);
}

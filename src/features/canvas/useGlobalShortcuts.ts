import { useEffect } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { noteShortcut, shortcutFor } from "./shortcuts";
import { isEditableTarget } from "./useCanvasShortcuts";

/** The screen's regions in F6 order, each with the element that takes focus in it. */
const REGIONS: { region: string; target: string }[] = [
  { region: "#library", target: '#library input[type="search"]' },
  { region: "#canvas", target: "#canvas" },
  { region: ".side-panel", target: '.side-panel [role="tab"][aria-selected="true"]' },
];

/**
 * F6 / Shift+F6: jump between library, canvas and side panel, as in most desktop apps. In the
 * library the search box takes the focus with its words selected, so typing replaces them.
 */
function cycleRegion(step: 1 | -1) {
  const current = REGIONS.findIndex(({ region }) => document.activeElement?.closest(region));
  const next = REGIONS[(current + step + REGIONS.length) % REGIONS.length];
  const target = document.querySelector<HTMLElement>(next?.target ?? "");
  target?.focus();
  if (target instanceof HTMLInputElement) target.select();
}

/**
 * Shortcuts that work anywhere (the table's "anywhere" rows): F6 moves between regions, even
 * from a field; except while typing in a field, Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y
 * redo, ? opens the shortcut help. Shift+P (presentation) is the workshop's.
 */
export function useGlobalShortcuts(openHelp: () => void) {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor("anywhere", event);
      if (!shortcut) return;
      if (
        shortcut.id !== "nextRegion" &&
        (event.defaultPrevented || isEditableTarget(event.target))
      )
        return;
      const action =
        shortcut.id === "nextRegion"
          ? () => cycleRegion(event.shiftKey ? -1 : 1)
          : shortcut.id === "help"
            ? openHelp
            : shortcut.id === "undo"
              ? () => store.getState().undo()
              : shortcut.id === "redo"
                ? () => store.getState().redo()
                : null;
      if (!action) return;
      event.preventDefault();
      noteShortcut(shortcut.id);
      action();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, openHelp]);
}

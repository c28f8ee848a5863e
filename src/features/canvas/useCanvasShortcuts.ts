import { type KeyboardEvent as ReactKeyboardEvent, useCallback } from "react";
import type { AppStore } from "../../state/createAppStore";
import type { CanvasCommands } from "./canvasCommands";

/** Typing in a field must never trigger canvas shortcuts. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Canvas keyboard shortcuts (listed in shortcuts.ts for the help overlay). Returns a keydown
 * handler for the canvas region; undo/redo and help are global (useGlobalShortcuts).
 */
export function useCanvasShortcuts(
  store: AppStore,
  commands: CanvasCommands,
  extra: { layout(): void; tidySelection(): void },
) {
  return useCallback(
    (event: ReactKeyboardEvent) => {
      // While a node's text is being edited, keys belong to that text, even before it has focus.
      if (isEditableTarget(event.target) || store.getState().editingNodeId) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      const run = (action: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        action();
      };
      if (mod) {
        const lower = key.toLowerCase();
        if (lower === "c") run(commands.copy);
        else if (lower === "v") run(commands.paste);
        else if (lower === "d") run(commands.duplicate);
        else if (lower === "a") run(commands.selectAll);
        return;
      }
      if (event.altKey) {
        if (event.code === "KeyL") run(extra.tidySelection);
        return;
      }
      if (store.getState().linkSourceId) {
        if (key === "Enter") return run(commands.finishLink);
        if (key === "Escape") return run(commands.cancelLink);
      }
      switch (key) {
        case "]":
          return run(() => commands.selectNext(1, event.shiftKey));
        case "}":
          return run(() => commands.selectNext(1, true));
        case "[":
          return run(() => commands.selectNext(-1, event.shiftKey));
        case "{":
          return run(() => commands.selectNext(-1, true));
        case "Escape":
          return run(commands.clearSelection);
        case "Enter":
        case "F2":
          return run(commands.editSelected);
        case "Delete":
        case "Backspace":
          return run(commands.deleteSelection);
        case "g":
          return run(commands.group);
        case "G":
          return run(commands.ungroup);
        case "c":
          return run(commands.toggleCollapsed);
        case "1":
          return run(() => commands.setRole("problem"));
        case "2":
          return run(() => commands.setRole("cause"));
        case "3":
          return run(() => commands.setRole("symptom"));
        case "0":
          return run(() => commands.setRole(null));
        case "!":
          return run(commands.fitView);
        case "l":
          return run(() => commands.linkSelected("causes"));
        case "L":
          return run(extra.layout);
        case "f":
          return run(() => commands.addFactor());
        case "n":
          return run(commands.addNote);
      }
    },
    [store, commands, extra],
  );
}

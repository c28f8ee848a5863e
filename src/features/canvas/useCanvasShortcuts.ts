import { type KeyboardEvent as ReactKeyboardEvent, useCallback } from "react";
import type { AppStore } from "../../state/createAppStore";
import { shortcutAllowed } from "./accessShortcuts";
import type { CanvasCommands } from "./canvasCommands";
import { noteShortcut, shortcutFor } from "./shortcuts";

/** Typing in a field must never trigger canvas shortcuts. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** What the canvas keys need from above the canvas (the app hands these in). */
type Extra = {
  layout(): void;
  tidySelection(): void;
  /** Shift+V: the selected card's similar quotes beside it or into its cluster. */
  placeSimilarCard(): void;
};

/** What each canvas shortcut of the table (shortcuts.ts) does; the workshop's are its own. */
function canvasAction(id: string, commands: CanvasCommands, extra: Extra): (() => void) | null {
  switch (id) {
    case "nextNode":
      return () => commands.selectNext(1, false);
    case "previousNode":
      return () => commands.selectNext(-1, false);
    case "addNextNode":
      return () => commands.selectNext(1, true);
    case "selectAll":
      return commands.selectAll;
    case "clearSelection":
      return commands.clearSelection;
    case "editLabel":
      return commands.editSelected;
    case "group":
      return commands.group;
    case "ungroup":
      return commands.ungroup;
    case "collapse":
      return commands.toggleCollapsed;
    case "roleProblem":
      return () => commands.setRole("problem");
    case "roleCause":
      return () => commands.setRole("cause");
    case "roleSymptom":
      return () => commands.setRole("symptom");
    case "roleNone":
      return () => commands.setRole(null);
    case "link":
      return () => commands.linkSelected("causes");
    case "addFactor":
      return () => commands.addFactor();
    case "addNote":
      return commands.addNote;
    case "delete":
      return commands.deleteSelection;
    case "copy":
      return commands.copy;
    case "paste":
      return commands.paste;
    case "duplicate":
      return commands.duplicate;
    case "layout":
      return extra.layout;
    case "tidySelection":
      return extra.tidySelection;
    case "placeSimilarCard":
      return extra.placeSimilarCard;
    case "tidyCluster":
      return commands.tidyClusters;
    case "fitView":
      return commands.fitView;
    default:
      return null;
  }
}

/**
 * Canvas keyboard shortcuts: the pressed key is looked up in the shortcut table (shortcuts.ts,
 * also what the help overlay lists). Returns a keydown handler for the canvas region; undo,
 * redo, help and presentation work anywhere (useGlobalShortcuts, the workshop).
 */
export function useCanvasShortcuts(store: AppStore, commands: CanvasCommands, extra: Extra) {
  return useCallback(
    (event: ReactKeyboardEvent) => {
      // While a node's text is being edited, keys belong to that text, even before it has focus.
      if (isEditableTarget(event.target) || store.getState().editingNodeId) return;
      const run = (id: string, action: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        noteShortcut(id);
        action();
      };
      // Keyboard linking waits for Enter (link) or Escape (cancel), as its banner says.
      if (store.getState().linkSourceId && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.key === "Enter") return run("finishLink", commands.finishLink);
        if (event.key === "Escape") return run("cancelLink", commands.cancelLink);
      }
      const shortcut = shortcutFor("canvas", event);
      if (!shortcut || !shortcutAllowed(shortcut.id, store.getState().editAccess)) return;
      const action = canvasAction(shortcut.id, commands, extra);
      if (action) run(shortcut.id, action);
    },
    [store, commands, extra],
  );
}

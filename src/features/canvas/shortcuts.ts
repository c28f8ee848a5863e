import type { MessageKey } from "../../i18n/messages";

export interface Shortcut {
  /** Keys as shown to people, e.g. ["Ctrl", "Z"]; "Mod" reads Ctrl (Cmd on a Mac). */
  keys: string[];
  description: MessageKey;
}

export interface ShortcutGroup {
  title: MessageKey;
  shortcuts: Shortcut[];
}

/** The canvas shortcuts, listed in the help overlay (?) from this one table. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: "shortcuts.group.library",
    shortcuts: [
      { keys: ["↑", "↓"], description: "shortcuts.nextQuote" },
      { keys: ["P"], description: "shortcuts.placeQuote" },
      { keys: ["Enter"], description: "shortcuts.expandQuote" },
    ],
  },
  {
    title: "shortcuts.group.select",
    shortcuts: [
      { keys: ["]"], description: "shortcuts.nextNode" },
      { keys: ["["], description: "shortcuts.previousNode" },
      { keys: ["Shift", "]"], description: "shortcuts.addNextNode" },
      { keys: ["Mod", "A"], description: "shortcuts.selectAll" },
      { keys: ["Esc"], description: "shortcuts.clearSelection" },
      { keys: ["←", "↑", "→", "↓"], description: "shortcuts.moveNode" },
    ],
  },
  {
    title: "shortcuts.group.edit",
    shortcuts: [
      { keys: ["Enter"], description: "shortcuts.editLabel" },
      { keys: ["G"], description: "shortcuts.group" },
      { keys: ["Shift", "G"], description: "shortcuts.ungroup" },
      { keys: ["C"], description: "shortcuts.collapse" },
      { keys: ["1"], description: "shortcuts.roleProblem" },
      { keys: ["2"], description: "shortcuts.roleCause" },
      { keys: ["3"], description: "shortcuts.roleSymptom" },
      { keys: ["0"], description: "shortcuts.roleNone" },
      { keys: ["L"], description: "shortcuts.link" },
      { keys: ["F"], description: "shortcuts.addFactor" },
      { keys: ["N"], description: "shortcuts.addNote" },
      { keys: ["Delete"], description: "shortcuts.delete" },
    ],
  },
  {
    title: "shortcuts.group.history",
    shortcuts: [
      { keys: ["Mod", "Z"], description: "shortcuts.undo" },
      { keys: ["Shift", "Mod", "Z"], description: "shortcuts.redo" },
      { keys: ["Mod", "C"], description: "shortcuts.copy" },
      { keys: ["Mod", "V"], description: "shortcuts.paste" },
      { keys: ["Mod", "D"], description: "shortcuts.duplicate" },
    ],
  },
  {
    title: "shortcuts.group.view",
    shortcuts: [
      { keys: ["Shift", "L"], description: "shortcuts.layout" },
      { keys: ["Alt", "L"], description: "shortcuts.tidySelection" },
      { keys: ["Shift", "1"], description: "shortcuts.fitView" },
      { keys: ["F6"], description: "shortcuts.nextRegion" },
      { keys: ["?"], description: "shortcuts.help" },
    ],
  },
  // Workshop mode (src/features/workshop): presentation, quick capture, focus, voting, timer.
  {
    title: "shortcuts.group.workshop",
    shortcuts: [
      { keys: ["P"], description: "shortcuts.presentation" },
      { keys: ["A"], description: "shortcuts.quickCapture" },
      { keys: ["Enter"], description: "shortcuts.captureCause" },
      { keys: ["Shift", "Enter"], description: "shortcuts.captureSymptom" },
      { keys: ["Tab"], description: "shortcuts.captureSibling" },
      { keys: ["Alt", "↓"], description: "shortcuts.captureTree" },
      { keys: ["H"], description: "shortcuts.focus" },
      { keys: ["PageDown", "PageUp"], description: "shortcuts.focusLevel" },
      { keys: ["V"], description: "shortcuts.votingPanel" },
      { keys: ["+"], description: "shortcuts.vote" },
      { keys: ["-"], description: "shortcuts.unvote" },
      { keys: ["T"], description: "shortcuts.timer" },
    ],
  },
];

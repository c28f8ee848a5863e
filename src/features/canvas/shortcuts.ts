import type { MessageKey } from "../../i18n/messages";

/**
 * Where a key works: in the quote list, on the canvas (workshop keys included), in quick
 * capture's field, anywhere but a text field, or while presenting.
 */
export type ShortcutContext = "library" | "canvas" | "capture" | "anywhere" | "presenting";

export interface Shortcut {
  /** Names the action; the handlers dispatch on it. Unique in the table. */
  id: string;
  /** Keys as shown to people, e.g. ["Ctrl", "Z"]; "Mod" reads Ctrl (Cmd on a Mac). */
  keys: readonly string[];
  description: MessageKey;
  context: ShortcutContext;
  /** Other keys for the same action, not shown (Backspace for Delete). */
  alsoKeys?: readonly (readonly string[])[];
}

export interface ShortcutGroup {
  title: MessageKey;
  shortcuts: readonly Shortcut[];
}

/**
 * Every shortcut, from this one table: the help overlay (?) lists it and the key handlers look
 * up the pressed key in it (shortcutFor), so what is shown is what is bound. One key has one
 * meaning in a context, and a key that works anywhere means nothing else anywhere
 * (shortcuts.test.ts checks both).
 */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: "shortcuts.group.library",
    shortcuts: [
      {
        id: "nextQuote",
        keys: ["↑", "↓"],
        description: "shortcuts.nextQuote",
        context: "library",
      },
      { id: "placeQuote", keys: ["P"], description: "shortcuts.placeQuote", context: "library" },
      {
        id: "expandQuote",
        keys: ["Enter"],
        description: "shortcuts.expandQuote",
        context: "library",
      },
      {
        id: "similarQuotes",
        keys: ["V"],
        description: "shortcuts.similarQuotes",
        context: "library",
      },
      {
        id: "placeSimilar",
        keys: ["Shift", "V"],
        description: "shortcuts.placeSimilar",
        context: "library",
      },
    ],
  },
  {
    title: "shortcuts.group.select",
    shortcuts: [
      { id: "nextNode", keys: ["]"], description: "shortcuts.nextNode", context: "canvas" },
      {
        id: "previousNode",
        keys: ["["],
        description: "shortcuts.previousNode",
        context: "canvas",
      },
      {
        id: "addNextNode",
        keys: ["Shift", "]"],
        description: "shortcuts.addNextNode",
        context: "canvas",
      },
      {
        id: "selectAll",
        keys: ["Mod", "A"],
        description: "shortcuts.selectAll",
        context: "canvas",
      },
      {
        id: "clearSelection",
        keys: ["Esc"],
        description: "shortcuts.clearSelection",
        context: "canvas",
      },
      // Moving by arrow keys is React Flow's own (a selected node takes them).
      {
        id: "moveNode",
        keys: ["←", "↑", "→", "↓"],
        description: "shortcuts.moveNode",
        context: "canvas",
      },
    ],
  },
  {
    title: "shortcuts.group.edit",
    shortcuts: [
      {
        id: "editLabel",
        keys: ["Enter"],
        description: "shortcuts.editLabel",
        context: "canvas",
        alsoKeys: [["F2"]],
      },
      { id: "group", keys: ["G"], description: "shortcuts.group", context: "canvas" },
      { id: "ungroup", keys: ["Shift", "G"], description: "shortcuts.ungroup", context: "canvas" },
      { id: "collapse", keys: ["C"], description: "shortcuts.collapse", context: "canvas" },
      { id: "roleProblem", keys: ["1"], description: "shortcuts.roleProblem", context: "canvas" },
      { id: "roleCause", keys: ["2"], description: "shortcuts.roleCause", context: "canvas" },
      { id: "roleSymptom", keys: ["3"], description: "shortcuts.roleSymptom", context: "canvas" },
      { id: "roleNone", keys: ["0"], description: "shortcuts.roleNone", context: "canvas" },
      { id: "link", keys: ["L"], description: "shortcuts.link", context: "canvas" },
      { id: "addFactor", keys: ["F"], description: "shortcuts.addFactor", context: "canvas" },
      { id: "addNote", keys: ["N"], description: "shortcuts.addNote", context: "canvas" },
      {
        id: "placeSimilarCard",
        keys: ["Shift", "V"],
        description: "shortcuts.placeSimilarCard",
        context: "canvas",
      },
      {
        id: "delete",
        keys: ["Delete"],
        description: "shortcuts.delete",
        context: "canvas",
        alsoKeys: [["Backspace"]],
      },
    ],
  },
  {
    title: "shortcuts.group.history",
    shortcuts: [
      { id: "undo", keys: ["Mod", "Z"], description: "shortcuts.undo", context: "anywhere" },
      {
        id: "redo",
        keys: ["Shift", "Mod", "Z"],
        description: "shortcuts.redo",
        context: "anywhere",
        alsoKeys: [["Mod", "Y"]],
      },
      { id: "copy", keys: ["Mod", "C"], description: "shortcuts.copy", context: "canvas" },
      { id: "paste", keys: ["Mod", "V"], description: "shortcuts.paste", context: "canvas" },
      {
        id: "duplicate",
        keys: ["Mod", "D"],
        description: "shortcuts.duplicate",
        context: "canvas",
      },
    ],
  },
  {
    title: "shortcuts.group.view",
    shortcuts: [
      { id: "layout", keys: ["Shift", "L"], description: "shortcuts.layout", context: "canvas" },
      {
        id: "tidySelection",
        keys: ["Alt", "L"],
        description: "shortcuts.tidySelection",
        context: "canvas",
      },
      { id: "tidyCluster", keys: ["O"], description: "shortcuts.tidyCluster", context: "canvas" },
      { id: "fitView", keys: ["Shift", "1"], description: "shortcuts.fitView", context: "canvas" },
      {
        id: "nextRegion",
        keys: ["F6"],
        description: "shortcuts.nextRegion",
        context: "anywhere",
        alsoKeys: [["Shift", "F6"]],
      },
      { id: "help", keys: ["?"], description: "shortcuts.help", context: "anywhere" },
    ],
  },
  // Workshop mode (src/features/workshop): presentation, quick capture, focus, voting, timer.
  {
    title: "shortcuts.group.workshop",
    shortcuts: [
      {
        id: "presentation",
        keys: ["Shift", "P"],
        description: "shortcuts.presentation",
        context: "anywhere",
      },
      {
        id: "presentRank",
        keys: [".", ","],
        description: "shortcuts.presentRank",
        context: "presenting",
      },
      {
        id: "quickCapture",
        keys: ["A"],
        description: "shortcuts.quickCapture",
        context: "canvas",
      },
      {
        id: "captureCause",
        keys: ["Enter"],
        description: "shortcuts.captureCause",
        context: "capture",
      },
      {
        id: "captureSymptom",
        keys: ["Shift", "Enter"],
        description: "shortcuts.captureSymptom",
        context: "capture",
      },
      {
        id: "captureSibling",
        keys: ["Tab"],
        description: "shortcuts.captureSibling",
        context: "capture",
        alsoKeys: [["Shift", "Tab"]],
      },
      {
        id: "captureTree",
        keys: ["Alt", "↓"],
        description: "shortcuts.captureTree",
        context: "capture",
        alsoKeys: [["Alt", "↑"]],
      },
      { id: "focus", keys: ["H"], description: "shortcuts.focus", context: "canvas" },
      {
        id: "focusLevel",
        keys: ["PageDown", "PageUp"],
        description: "shortcuts.focusLevel",
        context: "canvas",
      },
      { id: "votingPanel", keys: ["V"], description: "shortcuts.votingPanel", context: "canvas" },
      {
        id: "vote",
        keys: ["+"],
        description: "shortcuts.vote",
        context: "canvas",
        alsoKeys: [["="]],
      },
      { id: "unvote", keys: ["-"], description: "shortcuts.unvote", context: "canvas" },
      { id: "timer", keys: ["T"], description: "shortcuts.timer", context: "canvas" },
    ],
  },
];

export const SHORTCUTS: readonly Shortcut[] = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts);

const MODIFIERS = new Set(["Mod", "Shift", "Alt", "Ctrl"]);

/**
 * Whether the keys are pressed together (modifiers then one key: Shift + ]) rather than
 * being alternatives (↑ ↓), which the shortcut table does not say in so many words.
 */
export function isCombination(keys: readonly string[]): boolean {
  return keys.length > 1 && keys.slice(0, -1).every((k) => MODIFIERS.has(k));
}

/** The key names a shown key stands for in KeyboardEvent.key. */
const KEY_NAMES: Record<string, string> = {
  "↑": "ArrowUp",
  "↓": "ArrowDown",
  "←": "ArrowLeft",
  "→": "ArrowRight",
  Esc: "Escape",
};

/** What Shift makes of a key on a US/international layout ("Shift + ]" arrives as "}"). */
const SHIFTED: Record<string, string> = { "]": "}", "[": "{", "1": "!" };

/** One way to press a shortcut: a key and the modifiers held with it. */
export interface KeyChord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

/** The chords a shortcut's keys stand for: one for a combination, one per key otherwise. */
export function chordsOf(shortcut: Shortcut): KeyChord[] {
  const fromKeys = (keys: readonly string[]): KeyChord[] => {
    if (!isCombination(keys) && keys.length > 1)
      return keys.map((key) => ({ key, mod: false, shift: false, alt: false }));
    const key = keys[keys.length - 1] ?? "";
    return [
      {
        key,
        mod: keys.includes("Mod") || keys.includes("Ctrl"),
        shift: keys.includes("Shift"),
        alt: keys.includes("Alt"),
      },
    ];
  };
  return [shortcut.keys, ...(shortcut.alsoKeys ?? [])].flatMap(fromKeys);
}

interface PressedKey {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const isLetter = (key: string) => /^[A-Z]$/.test(key);

/** Whether a key press is the chord. Shift is implied by symbols such as ? and +. */
export function pressMatches(chord: KeyChord, event: PressedKey): boolean {
  if ((event.ctrlKey || event.metaKey) !== chord.mod || event.altKey !== chord.alt) return false;
  const { key } = chord;
  if (isLetter(key)) {
    const same = event.key.toUpperCase() === key || event.code === `Key${key}`;
    return same && event.shiftKey === chord.shift;
  }
  // "}" or "!" is the shifted key itself, however the browser reports Shift with it.
  if (chord.shift && SHIFTED[key])
    return event.key === SHIFTED[key] || (event.shiftKey && event.key === key);
  const name = KEY_NAMES[key] ?? key;
  if (event.key !== name) return false;
  // A symbol typed with Shift (?, +) needs no Shift of its own; named keys and digits do.
  const symbol = name.length === 1 && !/[0-9]/.test(name);
  return symbol || event.shiftKey === chord.shift;
}

/** The shortcut of a context that a key press is, if any. */
export function shortcutFor(context: ShortcutContext, event: PressedKey): Shortcut | undefined {
  return SHORTCUTS.find(
    (s) => s.context === context && chordsOf(s).some((chord) => pressMatches(chord, event)),
  );
}

/**
 * Notes on the page which shortcut just ran (its id and a running count), so a browser test
 * can tell that one press did exactly one thing.
 */
let ran = 0;
export function noteShortcut(id: string): void {
  ran += 1;
  document.documentElement.dataset.shortcut = `${id} ${ran}`;
}

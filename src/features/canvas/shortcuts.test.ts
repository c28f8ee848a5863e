import { describe, expect, it } from "vitest";
import { translate } from "../../i18n/messages";
import {
  chordsOf,
  type KeyChord,
  pressMatches,
  SHORTCUTS,
  type ShortcutContext,
  shortcutFor,
} from "./shortcuts";

const NAMED: Record<string, string> = {
  "↑": "ArrowUp",
  "↓": "ArrowDown",
  "←": "ArrowLeft",
  "→": "ArrowRight",
  Esc: "Escape",
};
const SHIFTED: Record<string, string> = { "]": "}", "[": "{", "1": "!" };
const NEEDS_SHIFT = new Set(["?", "+"]);

/** The key event a US keyboard sends for a chord, written out by hand (not by the matcher). */
function pressOf(chord: KeyChord) {
  const { key } = chord;
  let name = NAMED[key] ?? key;
  if (/^[A-Z]$/.test(key)) name = chord.shift ? key : key.toLowerCase();
  else if (chord.shift && SHIFTED[key]) name = SHIFTED[key] as string;
  return {
    key: name,
    code: /^[A-Z]$/.test(key) ? `Key${key}` : "",
    ctrlKey: chord.mod,
    metaKey: false,
    shiftKey: chord.shift || NEEDS_SHIFT.has(key),
    altKey: chord.alt,
  };
}

/** A chord as text, for comparing: "mod+shift+Z". */
const chordText = (c: KeyChord) =>
  `${c.mod ? "mod+" : ""}${c.alt ? "alt+" : ""}${c.shift ? "shift+" : ""}${c.key}`;

describe("the shortcut table", () => {
  it("names each action once, with a description in both languages", () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUTS) {
      expect(translate("nl", s.description)).not.toBe(s.description);
      expect(translate("en", s.description)).not.toBe(s.description);
    }
  });

  it("gives one key one meaning: within a context, and a key that works anywhere nowhere else", () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const chord of chordsOf(s)) {
        const text = chordText(chord);
        const contexts: ShortcutContext[] =
          s.context === "anywhere"
            ? ["library", "canvas", "capture", "presenting", "anywhere"]
            : [s.context];
        for (const context of [...contexts, "anywhere"]) {
          const where = `${context}:${text}`;
          const other = seen.get(where);
          expect(other === undefined || other === s.id, `${where}: ${other} and ${s.id}`).toBe(
            true,
          );
        }
        for (const context of contexts) seen.set(`${context}:${text}`, s.id);
        if (s.context === "anywhere") seen.set(`anywhere:${text}`, s.id);
      }
    }
  });

  it("binds each key as it is shown: pressing it finds that shortcut in its context", () => {
    for (const s of SHORTCUTS) {
      for (const chord of chordsOf(s)) {
        const press = pressOf(chord);
        expect(pressMatches(chord, press), `${s.id} ${chordText(chord)}`).toBe(true);
        expect(shortcutFor(s.context, press)?.id, `${s.id} ${chordText(chord)}`).toBe(s.id);
      }
    }
  });

  it("keeps P for placing a quote and Shift+P for presenting", () => {
    const p = { key: "p", code: "KeyP", ctrlKey: false, metaKey: false, altKey: false };
    expect(shortcutFor("library", { ...p, shiftKey: false })?.id).toBe("placeQuote");
    expect(shortcutFor("anywhere", { ...p, shiftKey: false })).toBeUndefined();
    expect(shortcutFor("anywhere", { ...p, key: "P", shiftKey: true })?.id).toBe("presentation");
    expect(shortcutFor("library", { ...p, key: "P", shiftKey: true })).toBeUndefined();
  });
});

import { expect, type Page, test } from "@playwright/test";
import {
  chordsOf,
  type KeyChord,
  SHORTCUTS,
  type ShortcutContext,
} from "../../src/features/canvas/shortcuts";
import { openApp } from "./support/app";
import { canvasPosition, captureTree, nodesOfKind } from "./support/canvas";

/**
 * Walks the shortcut table the help overlay shows: each key, pressed where it works, does
 * exactly one thing, the one listed (the page notes each shortcut run as "<id> <count>").
 */

/** Playwright's name for the key of a chord, on a US layout. */
const CODES: Record<string, string> = {
  "]": "BracketRight",
  "[": "BracketLeft",
  "?": "Shift+Slash",
  "+": "Shift+Equal",
  "-": "Minus",
  ".": "Period",
  "↑": "ArrowUp",
  "↓": "ArrowDown",
  "←": "ArrowLeft",
  "→": "ArrowRight",
  Esc: "Escape",
};

function pressName(chord: KeyChord): string {
  const mods = [chord.mod ? "Control" : "", chord.alt ? "Alt" : "", chord.shift ? "Shift" : ""];
  let key = CODES[chord.key] ?? chord.key;
  if (/^[A-Z]$/.test(chord.key)) key = chord.shift ? chord.key : chord.key.toLowerCase();
  else if (/^[0-9]$/.test(chord.key) && chord.shift) key = `Digit${chord.key}`;
  return [...mods.filter(Boolean), key].join("+");
}

const factor = (page: Page, label: string) =>
  nodesOfKind(page, "factor").filter({ hasText: label });

async function lastShortcut(page: Page): Promise<{ id: string; count: number }> {
  const noted = (await page.locator("html").getAttribute("data-shortcut")) ?? " 0";
  const [id = "", count = "0"] = noted.split(" ");
  return { id, count: Number(count) };
}

/** A small tree (a core problem, two causes side by side, an effect), one cause selected. */
async function onCanvas(page: Page) {
  await captureTree(page, "Kern", ["Oorzaak A", "Oorzaak B"], ["Gevolg"]);
  await factor(page, "Oorzaak A").click();
  await expect(factor(page, "Oorzaak A")).toHaveClass(/selected/);
}

/** Puts the page where a shortcut works: the quote list, the canvas, or quick capture. */
const PREPARE: Record<ShortcutContext, (page: Page) => Promise<void>> = {
  library: async (page) => {
    await page.locator("#library article.quote").first().focus();
  },
  canvas: onCanvas,
  anywhere: onCanvas,
  presenting: async (page) => {
    await onCanvas(page);
    await page.keyboard.press("Shift+P");
    await expect(page.locator("html")).toHaveClass(/presenting/);
  },
  capture: async (page) => {
    await onCanvas(page);
    await page.keyboard.press("a");
    await expect(page.getByRole("textbox", { name: /Oorzaak A/ })).toBeFocused();
    await page.keyboard.type("Nieuw");
  },
};

test("the help overlay lists the shortcut table, in its order", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Shift+Slash");
  const dialog = page.getByRole("dialog", { name: "Sneltoetsen" });
  await expect(dialog).toBeVisible();
  const listed = await dialog
    .locator("[data-shortcut-id]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-shortcut-id")));
  expect(listed).toEqual(SHORTCUTS.map((s) => s.id));
});

// Moving by arrow keys is React Flow's own: the selected node moves, none of ours runs.
test("↑ on a selected node moves it and runs no shortcut of ours", async ({ page }) => {
  await openApp(page);
  await onCanvas(page);
  const before = await lastShortcut(page);
  const at = await canvasPosition(factor(page, "Oorzaak A"));
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => canvasPosition(factor(page, "Oorzaak A"))).not.toEqual(at);
  expect(await lastShortcut(page)).toEqual(before);
});

for (const shortcut of SHORTCUTS.filter((s) => s.id !== "moveNode")) {
  const chord = chordsOf(shortcut)[0] as KeyChord;
  const press = pressName(chord);
  test(`${press} (${shortcut.context}) does exactly one thing: ${shortcut.id}`, async ({
    page,
  }) => {
    await openApp(page);
    await PREPARE[shortcut.context](page);
    const before = await lastShortcut(page);
    await page.keyboard.press(press);
    await expect
      .poll(() => lastShortcut(page))
      .toEqual({
        id: shortcut.id,
        count: before.count + 1,
      });
  });
}

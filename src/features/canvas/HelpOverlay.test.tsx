import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { HelpOverlay, isCombination, keyLabel } from "./HelpOverlay";

/** What the canvas does: a button (the lead uses "?") opens the overlay. */
function WithOpener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Hulp
      </button>
      <HelpOverlay open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function shortcutRow(description: string) {
  return screen.getByText(description).closest(".help-shortcut") as HTMLElement;
}

describe("HelpOverlay", () => {
  it("opens as a modal dialog listing the shortcuts, and closes on Escape with focus back", async () => {
    const user = userEvent.setup();
    renderWithStore(<WithOpener />);
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Hulp" }));
    const dialog = screen.getByRole("dialog", { name: "Sneltoetsen" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(within(dialog).getByRole("heading", { name: "Geschiedenis en klembord" })).toBeVisible();
    expect(shortcutRow("Alles selecteren")).toHaveTextContent(/^Ctrl \+ A/);
    expect(screen.getByRole("button", { name: "Sluiten" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Hulp" })).toHaveFocus();
  });

  it("closes with its close button and keeps Tab inside while open", async () => {
    const user = userEvent.setup();
    renderWithStore(<WithOpener />);
    await user.click(screen.getByRole("button", { name: "Hulp" }));
    // The list takes focus too, so it can be scrolled by keyboard; Tab wraps between the two.
    const list = screen.getByRole("region", { name: "Sneltoetsen" });
    await user.tab();
    expect(list).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Sluiten" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(list).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Sluiten" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Hulp" })).toHaveFocus();
  });

  it("keeps key presses from reaching the canvas shortcuts behind it", async () => {
    const user = userEvent.setup();
    const behind = vi.fn();
    document.addEventListener("keydown", behind);
    renderWithStore(<HelpOverlay open onClose={() => {}} />);
    await user.keyboard("g");
    document.removeEventListener("keydown", behind);
    expect(behind).not.toHaveBeenCalled();
  });

  it("shows ⌘ for the command key on a Mac", () => {
    vi.spyOn(navigator, "platform", "get").mockReturnValue("MacIntel");
    renderWithStore(<HelpOverlay open onClose={() => {}} />);
    expect(shortcutRow("Ongedaan maken")).toHaveTextContent(/^⌘ \+ Z/);
  });

  it("speaks English when switched", () => {
    renderWithStore(<HelpOverlay open onClose={() => {}} />, { language: "en" });
    expect(screen.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeInTheDocument();
    expect(shortcutRow("Select all")).toBeInTheDocument();
  });
});

describe("shortcut keys", () => {
  it("joins modifiers with a key, and lists alternatives side by side", () => {
    expect(isCombination(["Shift", "Mod", "Z"])).toBe(true);
    expect(isCombination(["↑", "↓"])).toBe(false);
    expect(isCombination(["P"])).toBe(false);
    expect(keyLabel("Mod", false)).toBe("Ctrl");
    expect(keyLabel("Mod", true)).toBe("⌘");
    expect(keyLabel("G", true)).toBe("G");
  });
});

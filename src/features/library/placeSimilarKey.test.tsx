import { waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { twoThemeQuotes } from "../../../tests/helpers/twoThemeQuotes";
import { LibraryPanel } from "./LibraryPanel";

// Two themes of three quotes; the suggestions engine runs on the page (jsdom has no Worker).
const quotes = twoThemeQuotes;

describe("Shift+V on a library quote", () => {
  it("puts the quote and its most similar quotes on the canvas in one go", async () => {
    const user = userEvent.setup();
    const onPlaceTogether = vi.fn();
    renderWithStore(<LibraryPanel onPlaceQuote={() => {}} onPlaceTogether={onPlaceTogether} />, {
      quotes,
    });
    const first = document.querySelector('[data-quote-id="q0"]') as HTMLElement;
    first.focus();
    await user.keyboard("{Shift>}V{/Shift}");
    // The engine is loaded on first use: allow for a slow machine.
    await waitFor(() => expect(onPlaceTogether).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const [placed] = onPlaceTogether.mock.calls[0] as [{ id: string }[]];
    expect(placed[0]?.id).toBe("q0");
    // The two other quotes about reporting to the police are the most similar.
    expect(
      placed
        .slice(1, 3)
        .map((q) => q.id)
        .sort(),
    ).toEqual(["q2", "q4"]);
  });
});

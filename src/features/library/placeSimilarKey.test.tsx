import { waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { LibraryPanel } from "./LibraryPanel";

// Two themes of three quotes; the suggestions engine runs on the page (jsdom has no Worker).
const quotes = [
  "Slachtoffers durven geen aangifte te doen bij de politie.",
  "Op scholen krijgen leerlingen te weinig voorlichting over loverboys.",
  "Aangifte doen bij de politie is voor slachtoffers een grote stap.",
  "Voorlichting op scholen moet eerder beginnen voor leerlingen.",
  "De politie neemt de aangifte van slachtoffers niet altijd serieus.",
  "Leerlingen op scholen herkennen de signalen na voorlichting beter.",
].map((text, i) => makeQuote({ id: `q${i}`, text, chapter: 2, section: "2.1" }));

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

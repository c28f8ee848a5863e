import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { markCovered } from "../../domain/analysis/operations";
import { LibraryPanel } from "./LibraryPanel";
import { CLAMPED_QUOTE_CHARS } from "./QuoteItem";

const longText = `Lang citaat ${"met veel woorden ".repeat(30)}einde.`;
const quotes = [
  makeQuote({
    id: "a",
    chapter: 1,
    section: "1.2",
    sectionTitle: "Kwetsbare groepen",
    text: "Steeds jongere slachtoffers.",
    page: 11,
  }),
  makeQuote({
    id: "b",
    chapter: 2,
    section: "2.11",
    sectionTitle: "Beperkte mogelijkheid gegevensuitwisseling",
    text: "Professionals ervaren problemen met het delen van informatie vanwege de AVG.",
    page: 21,
    pullQuote: true,
  }),
  makeQuote({ id: "c", chapter: 2, section: "2.7", sectionTitle: null, text: longText, page: 19 }),
];

function listedQuoteIds() {
  return [...document.querySelectorAll("[data-quote-id]")].map((el) =>
    el.getAttribute("data-quote-id"),
  );
}

describe("LibraryPanel", () => {
  it("switches to a compact list and remembers it in this browser", async () => {
    localStorage.removeItem("ontrafel.libraryDensity");
    const user = userEvent.setup();
    const first = renderWithStore(<LibraryPanel />, { quotes });
    const toggle = screen.getByRole("button", { name: "Compacte weergave" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(document.querySelector(".library")).toHaveClass("compact");
    first.unmount();
    renderWithStore(<LibraryPanel />, { quotes });
    expect(screen.getByRole("button", { name: "Compacte weergave" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    localStorage.removeItem("ontrafel.libraryDensity");
  });

  it("shows every quote with its section and page, grouped with counts", () => {
    renderWithStore(<LibraryPanel />, { quotes });
    expect(screen.getByTestId("library-result-count")).toHaveTextContent("3 van 3 citaten");
    expect(listedQuoteIds()).toEqual(["a", "b", "c"]);
    const quoteB = document.querySelector('[data-quote-id="b"]') as HTMLElement;
    expect(within(quoteB).getByText("2.11")).toBeInTheDocument();
    expect(within(quoteB).getByText("p. 21")).toBeInTheDocument();
    expect(within(quoteB).getByText("uitgelicht")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /2 Problemen\s+2 citaten/ })).toBeInTheDocument();
    // A section whose title is not in the source is named by number and chapter, not invented.
    expect(
      (document.querySelector('[data-quote-id="c"]') as HTMLElement).querySelector(
        ".section-label",
      ),
    ).toHaveTextContent(/^Thema 2\.7 · \S/);
  });

  it("searches by a misspelled word and highlights the match", async () => {
    const user = userEvent.setup();
    renderWithStore(<LibraryPanel />, { quotes });
    await user.type(screen.getByLabelText("Zoek in citaten"), "informatei");
    expect(listedQuoteIds()).toEqual(["b"]);
    expect(screen.getByTestId("library-result-count")).toHaveTextContent("1 van 3 citaten");
    expect(document.querySelector("mark")?.textContent).toBe("informatie");
  });

  it("narrows by chapter and by section", async () => {
    const user = userEvent.setup();
    renderWithStore(<LibraryPanel />, { quotes });
    await user.selectOptions(screen.getByLabelText("Hoofdstuk"), "2");
    expect(listedQuoteIds()).toEqual(["b", "c"]);
    await user.selectOptions(screen.getByLabelText("Thema"), "2.11");
    expect(listedQuoteIds()).toEqual(["b"]);
  });

  it("offers to clear filters when nothing matches", async () => {
    const user = userEvent.setup();
    renderWithStore(<LibraryPanel />, { quotes });
    await user.type(screen.getByLabelText("Zoek in citaten"), "xyzzyq");
    expect(screen.getByText(/Geen citaten gevonden/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Filters wissen" }));
    expect(listedQuoteIds()).toHaveLength(3);
  });

  it("moves between quotes with the arrow keys and expands a long one with Enter", async () => {
    const user = userEvent.setup();
    renderWithStore(<LibraryPanel />, { quotes });
    await user.tab(); // search field
    await user.tab(); // chapter
    await user.tab(); // section
    await user.tab(); // first quote in the list
    expect(document.activeElement?.getAttribute("data-quote-id")).toBe("a");
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.getAttribute("data-quote-id")).toBe("b");
    await user.keyboard("{End}");
    expect(document.activeElement?.getAttribute("data-quote-id")).toBe("c");
    expect(longText.length).toBeGreaterThan(CLAMPED_QUOTE_CHARS);
    const toggle = screen.getByRole("button", { name: "Hele tekst tonen" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Minder tonen" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  it("marks a quote covered by a near-identical one on the canvas, and hides it with the unplaced", () => {
    const { store } = renderWithStore(<LibraryPanel />, { quotes });
    act(() =>
      store.getState().openAnalysis(markCovered(makeAnalysis([quoteCard("ca", "a")]), "b", "a")),
    );
    const quoteB = document.querySelector('[data-quote-id="b"]') as HTMLElement;
    // Named for screen readers, not only by its sign.
    expect(within(quoteB).getByText("gedekt", { exact: false })).toHaveTextContent(
      "≈ gedekt: Een bijna gelijk citaat op het canvas dekt dit citaat",
    );
    expect(document.querySelector('[data-quote-id="c"] .covered-badge')).toBeNull();
    act(() => store.getState().setUnplacedOnly(true));
    expect(listedQuoteIds()).toEqual(["c"]);
  });

  it("speaks English when switched", () => {
    renderWithStore(<LibraryPanel />, { quotes, language: "en" });
    expect(screen.getByLabelText("Search quotes")).toBeInTheDocument();
    expect(screen.getByTestId("library-result-count")).toHaveTextContent("3 of 3 quotes");
  });
});

describe("LibraryPanel at scale", () => {
  it("keeps only a window of 20,000 quotes in the DOM", () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      makeQuote({ id: `m${i}`, section: `2.${1 + (i % 20)}`, text: `Citaat ${i}.` }),
    );
    renderWithStore(<LibraryPanel />, { quotes: many });
    expect(screen.getByTestId("library-result-count")).toHaveTextContent(
      "20.000 van 20.000 citaten",
    );
    const rendered = listedQuoteIds().length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
  });
});

import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeAnalysis, quoteCard } from "../../../../tests/helpers/analysisFactory";
import { bindStore } from "../../../../tests/helpers/boundStore";
import { makeQuote } from "../../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../../tests/helpers/renderWithStore";
import { CoveragePanel } from "./CoveragePanel";

const quotes = [
  makeQuote({ id: "q1", chapter: 1, section: "1.1", sectionTitle: "Kwetsbare groepen" }),
  makeQuote({ id: "q2", chapter: 1, section: "1.1", sectionTitle: "Kwetsbare groepen" }),
  makeQuote({ id: "q3", chapter: 2, section: "2.1", sectionTitle: "Opvang" }),
  makeQuote({ id: "q4", chapter: 2, section: "2.10", sectionTitle: "Signalering" }),
];

// q1 is placed twice: a quote counts once however many cards show it.
const analysis = makeAnalysis([
  quoteCard("c1", "q1", { chapter: 1, section: "1.1" }),
  quoteCard("c1b", "q1", { chapter: 1, section: "1.1" }),
  quoteCard("c3", "q3", { chapter: 2, section: "2.1" }),
]);

function renderCoverage(language: "nl" | "en" = "nl") {
  const result = renderWithStore(<CoveragePanel />, { quotes, language });
  act(() => result.store.getState().openAnalysis(analysis));
  return result;
}

function section(key: string) {
  return document.querySelector(`[data-section="${key}"]`) as HTMLElement;
}

describe("CoveragePanel", () => {
  it("shows how many corpus quotes are on the canvas overall", () => {
    renderCoverage();
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("2 van 4 citaten (50 %)");
    const meter = screen.getByRole("meter", { name: "Citaten op dit canvas" });
    expect(meter).toHaveAttribute("value", "2");
    expect(meter).toHaveAttribute("max", "4");
  });

  it("breaks coverage down per chapter and per section, with titles from the corpus", () => {
    renderCoverage();
    const chapter1 = document.querySelector('[data-chapter="1"] summary') as HTMLElement;
    expect(chapter1).toHaveTextContent("1 Trends en ontwikkelingen");
    expect(chapter1).toHaveTextContent("1 van 2");
    expect(section("1|1.1")).toHaveTextContent("Kwetsbare groepen");
    expect(section("1|1.1")).toHaveTextContent("1 van 2");
    expect(section("2|2.1")).toHaveTextContent("1 van 1");
    // Sections are in numeric order: 2.1 before 2.10.
    const chapter2Sections = [
      ...document.querySelectorAll('[data-chapter="2"] [data-section]'),
    ].map((el) => el.getAttribute("data-section"));
    expect(chapter2Sections).toEqual(["2|2.1", "2|2.10"]);
  });

  it("points out the sections with nothing on the canvas yet", () => {
    const { store } = renderCoverage();
    expect(screen.getByText("1 thema heeft nog geen citaat op het canvas.")).toBeInTheDocument();
    expect(section("2|2.10")).toHaveClass("is-empty");
    expect(
      within(section("2|2.10")).getByText("nog geen citaat op het canvas"),
    ).toBeInTheDocument();
    expect(section("2|2.1")).not.toHaveClass("is-empty");

    act(() =>
      store
        .getState()
        .openAnalysis(
          makeAnalysis([...analysis.nodes, quoteCard("c4", "q4", { chapter: 2, section: "2.10" })]),
        ),
    );
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("3 van 4 citaten (75 %)");
    expect(
      screen.getByText("Elk thema heeft minstens één citaat op het canvas."),
    ).toBeInTheDocument();
  });

  it("turns the library's 'not yet on the canvas' filter on and off", async () => {
    const user = userEvent.setup();
    const { store } = renderCoverage();
    const toggle = screen.getByRole("checkbox", {
      name: "Toon alleen citaten die nog niet op het canvas staan",
    });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(store.getState().unplacedOnly).toBe(true);
    expect(toggle).toBeChecked();
    await user.keyboard(" ");
    expect(store.getState().unplacedOnly).toBe(false);
    // The library can reset it too; the panel follows.
    act(() => store.getState().setUnplacedOnly(true));
    expect(toggle).toBeChecked();
  });

  it("says so when no corpus is loaded", () => {
    renderWithStore(<CoveragePanel />);
    expect(screen.getByText("Er zijn nog geen citaten geladen.")).toBeInTheDocument();
  });

  it("speaks English when switched", () => {
    renderCoverage("en");
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("2 of 4 quotes (50%)");
    expect(
      screen.getByRole("checkbox", { name: "Show only quotes that are not yet on the canvas" }),
    ).toBeInTheDocument();
  });
});

describe("CoveragePanel: near-identical quotes", () => {
  it("lists, once opened, the quotes that say the same and which of them is on the canvas", async () => {
    renderDuplicates();
    expect(document.querySelector("[data-duplicate-group]")).toBeNull();
    await userEvent.click(screen.getByText("Bijna gelijke citaten"));
    const group = document.querySelector('[data-duplicate-group="r1"]') as HTMLElement;
    expect(group).toHaveTextContent("Te weinig opvangplekken.");
    expect(copy("r1")).toHaveTextContent(/^2\.1 p\. 21Markeer als gedekt$/);
    expect(copy("r2")).toHaveTextContent(/^2\.16 p\. 33 \(op canvas\)$/);
    expect(screen.getByText(/^1 groep/)).toBeInTheDocument();
  });

  it("marks a copy as covered by the one on the canvas: it counts, one undo takes it back", async () => {
    const user = userEvent.setup();
    const { store } = renderDuplicates();
    const { settled } = await act(() => bindStore(store));
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("1 van 6 citaten (17 %)");
    await user.click(screen.getByText("Bijna gelijke citaten"));
    const mark = within(copy("r1")).getByRole("button", { name: "Markeer als gedekt" });
    // The button says which copy it is for.
    expect(mark).toHaveAccessibleDescription("2.1 p. 21");
    await user.click(mark);
    expect(store.getState().analysis.coveredQuotes).toEqual({ r1: "r2" });
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("2 van 6 citaten (33 %)");
    expect(screen.getByTestId("coverage-covered")).toHaveTextContent(
      "1 citaat telt mee als gedekt door een bijna gelijk citaat.",
    );
    expect(copy("r1")).toHaveTextContent("(gedekt)");
    // The same button, now to take the mark away; focus stays on it.
    const unmark = within(copy("r1")).getByRole("button", { name: "Niet meer gedekt" });
    expect(unmark).toBe(mark);
    expect(unmark).toHaveFocus();
    await act(settled);
    act(() => store.getState().undo());
    expect(store.getState().analysis.coveredQuotes).toEqual({});
    expect(screen.getByTestId("coverage-overall")).toHaveTextContent("1 van 6 citaten (17 %)");
    expect(screen.queryByTestId("coverage-covered")).toBeNull();
    await user.click(mark);
    await user.click(within(copy("r1")).getByRole("button", { name: "Niet meer gedekt" }));
    expect(store.getState().analysis.coveredQuotes).toEqual({});
  });

  it("offers no mark before a copy is on the canvas, nor with a view-only link", async () => {
    const user = userEvent.setup();
    const { store } = renderDuplicates([]);
    await user.click(screen.getByText("Bijna gelijke citaten"));
    expect(within(copy("r1")).queryByRole("button")).toBeNull();
    act(() => {
      store.getState().openAnalysis(makeAnalysis([quoteCard("cr2", "r2", { section: "2.16" })]));
      store.getState().setEditAccess("view");
    });
    expect(within(copy("r1")).queryByRole("button")).toBeNull();
  });
});

const repeated = [
  ...quotes,
  makeQuote({ id: "r1", text: "Te weinig opvangplekken.", section: "2.1", page: 21 }),
  makeQuote({ id: "r2", text: "te weinig opvangplekken", section: "2.16", page: 33 }),
];

/** Two copies of one quote, the second (r2) on the canvas unless other cards are given. */
function renderDuplicates(cards = [quoteCard("cr2", "r2", { section: "2.16" })]) {
  const result = renderWithStore(<CoveragePanel />, { quotes: repeated, language: "nl" });
  act(() => result.store.getState().openAnalysis(makeAnalysis(cards)));
  return result;
}

function copy(quoteId: string) {
  return document.querySelector(`[data-duplicate-quote="${quoteId}"]`) as HTMLElement;
}

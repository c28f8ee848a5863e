import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../../tests/helpers/renderWithStore";
import type { QuoteNode } from "../../../domain/analysis/analysis";
import { TraceabilityPanel } from "./TraceabilityPanel";

function card(
  id: string,
  options: { clusterId?: string; chapter: number; section: string; title: string; page: number },
): QuoteNode {
  const base = quoteCard(id, `q-${id}`, options);
  return {
    ...base,
    snapshot: {
      ...base.snapshot,
      sectionTitle: options.title,
      page: options.page,
      text: `Tekst ${id}`,
    },
  };
}

/**
 * Cluster K (cause) holds c1 and c2 and is linked to loose card c3; cluster L (cause, card c4)
 * leads to K, and K leads to the core problem P. Card c5 is unrelated.
 */
const analysis = makeAnalysis(
  [
    cluster("K", "cause", "Versnipperde zorg"),
    card("c1", { clusterId: "K", chapter: 2, section: "2.3", title: "Opvang", page: 21 }),
    card("c2", { clusterId: "K", chapter: 2, section: "2.11", title: "Gegevensdeling", page: 28 }),
    card("c3", { chapter: 1, section: "1.2", title: "Kwetsbare groepen", page: 11 }),
    cluster("L", "cause", "Weinig capaciteit"),
    card("c4", { clusterId: "L", chapter: 3, section: "3.1", title: "Samenwerking", page: 41 }),
    card("c5", { chapter: 4, section: "4.1", title: "Ambitie", page: 53 }),
    factor("P", "problem", "Slachtoffers blijven buiten beeld"),
  ],
  [link("c3", "K", "relates"), link("L", "K"), link("K", "P")],
);

function renderWithSelection(selected: string[], language: "nl" | "en" = "nl") {
  const result = renderWithStore(<TraceabilityPanel />, { language });
  act(() => {
    result.store.getState().openAnalysis(analysis);
    result.store.getState().select(selected);
  });
  return result;
}

function listedCards() {
  return [...document.querySelectorAll("[data-card-id]")].map((el) =>
    el.getAttribute("data-card-id"),
  );
}

describe("TraceabilityPanel", () => {
  it("says there are no quotes yet when neither the node nor its causes have any", () => {
    const { store } = renderWithSelection([]);
    act(() => {
      store.getState().openAnalysis(makeAnalysis([factor("Q", "problem", "Leeg probleem")]));
      store.getState().select(["Q"]);
    });
    expect(screen.getByTestId("evidence-own")).toHaveTextContent("Nog geen eigen citaten.");
    expect(screen.getByText("Nog geen citaten erin of ermee verbonden.")).toBeInTheDocument();
    expect(listedCards()).toEqual([]);
  });

  it("asks for a selection when nothing or several nodes are selected", () => {
    const { store } = renderWithSelection([]);
    expect(screen.getByText(/Selecteer één cluster, factor of citaat/)).toBeInTheDocument();
    act(() => store.getState().select(["K", "L"]));
    expect(screen.getByText(/2 elementen geselecteerd/)).toBeInTheDocument();
    expect(listedCards()).toEqual([]);
  });

  it("lists exactly the quotes supporting a cluster, in reading order, with section and page", () => {
    renderWithSelection(["K"]);
    expect(screen.getByRole("heading", { name: "Versnipperde zorg" })).toBeInTheDocument();
    expect(screen.getByText("Oorzaak")).toBeInTheDocument();
    // Its own quotes first; the quote of cause L below it, under L's title.
    expect(listedCards()).toEqual(["c3", "c1", "c2", "c4"]);
    const viaL = screen.getByRole("heading", { name: "Via ‘Weinig capaciteit’" }).parentElement;
    expect(viaL?.querySelector('[data-card-id="c4"]')).not.toBeNull();
    expect(viaL?.querySelector('[data-card-id="c1"]')).toBeNull();
    const c2 = document.querySelector('[data-card-id="c2"]') as HTMLElement;
    expect(within(c2).getByText("Tekst c2")).toBeInTheDocument();
    expect(within(c2).getByText("2.11")).toBeInTheDocument();
    expect(c2).toHaveTextContent("Gegevensdeling");
    expect(c2).toHaveTextContent("p. 28");
  });

  it("counts its own evidence and, separately, that rolled up from the causes beneath it", () => {
    renderWithSelection(["K"]);
    expect(screen.getByTestId("evidence-own")).toHaveTextContent(
      "3 citaten uit 3 thema's en 2 hoofdstukken",
    );
    // L leads to K, so L's quote (chapter 3) counts towards K's rolled-up evidence.
    expect(screen.getByTestId("evidence-rolled-up")).toHaveTextContent(
      "4 citaten uit 4 thema's en 3 hoofdstukken",
    );
  });

  it("rolls evidence up through several levels, lists it by cause, and writes one in the singular", () => {
    const { store } = renderWithSelection(["P"]);
    expect(screen.getByText("Kernprobleem")).toBeInTheDocument();
    expect(screen.getByTestId("evidence-own")).toHaveTextContent("Nog geen eigen citaten.");
    expect(screen.getByTestId("evidence-rolled-up")).toHaveTextContent(
      "4 citaten uit 4 thema's en 3 hoofdstukken",
    );
    // The quotes counted are listed, grouped by the cause they come through.
    expect(screen.queryByText(/Nog geen citaten erin/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Via ‘Versnipperde zorg’" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Via ‘Weinig capaciteit’" })).toBeInTheDocument();
    expect(listedCards()).toEqual(["c3", "c1", "c2", "c4"]);
    act(() => store.getState().select(["L"]));
    expect(screen.getByTestId("evidence-own")).toHaveTextContent(
      "1 citaat uit 1 thema en 1 hoofdstuk",
    );
  });

  it("selects a quote's card when it is clicked or activated from the keyboard, staying on the cluster", async () => {
    const user = userEvent.setup();
    const { store } = renderWithSelection(["K"]);
    await user.click(screen.getByRole("button", { name: /Tekst c2/ }));
    expect([...store.getState().selectedNodeIds]).toEqual(["c2"]);
    expect(screen.getByRole("heading", { name: "Versnipperde zorg" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Tekst c2/ })).toHaveAttribute(
      "aria-current",
      "true",
    );

    screen.getByRole("button", { name: /Tekst c1/ }).focus();
    await user.keyboard("{Enter}");
    expect([...store.getState().selectedNodeIds]).toEqual(["c1"]);

    // Selecting something else on the canvas makes the panel follow again.
    act(() => store.getState().select(["L"]));
    expect(screen.getByRole("heading", { name: "Weinig capaciteit" })).toBeInTheDocument();
  });

  it("shows a quote's text as plain text, never as markup", () => {
    const { store } = renderWithSelection([]);
    const risky = card("x", { chapter: 2, section: "2.1", title: "T", page: 1 });
    act(() => {
      store
        .getState()
        .openAnalysis(
          makeAnalysis([{ ...risky, snapshot: { ...risky.snapshot, text: "<b>vet</b> & zo" } }]),
        );
      store.getState().select(["x"]);
    });
    expect(screen.getByRole("button", { name: /<b>vet<\/b> & zo/ })).toBeInTheDocument();
    expect(document.querySelector(".trace-quotes b")).toBeNull();
  });

  it("speaks English when switched", () => {
    renderWithSelection(["K"], "en");
    expect(screen.getByText("Cause")).toBeInTheDocument();
    expect(screen.getByTestId("evidence-own")).toHaveTextContent(
      "3 quotes from 3 themes and 2 chapters",
    );
    expect(screen.getByRole("heading", { name: "Supporting quotes" })).toBeInTheDocument();
  });
});

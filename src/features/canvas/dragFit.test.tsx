import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cluster, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { type DragFit, DragFitStatus, useDragFit } from "./dragFit";

// Two clusters of two themes, and quotes to drag: one of each theme, one about neither.
const quotes = [
  ["a1", "Slachtoffers durven geen aangifte te doen bij de politie."],
  ["a2", "De politie neemt de aangifte van slachtoffers niet serieus."],
  ["a3", "Na een aangifte bij de politie hoort het slachtoffer niets meer."],
  ["s1", "Op scholen krijgen leerlingen weinig voorlichting."],
  ["s2", "Leraren op school herkennen signalen bij leerlingen niet."],
  ["s3", "Voorlichting op scholen moet eerder beginnen voor leerlingen."],
  ["w1", "Gisteren scheen de zon de hele middag boven het strand."],
].map(([id, text]) => makeQuote({ id, text, chapter: 2, section: "2.1" }));

let drag: DragFit | null = null;
function Dragging() {
  drag = useDragFit();
  return <DragFitStatus />;
}

function setup() {
  const { store } = renderWithStore(<Dragging />, { quotes });
  act(() =>
    store
      .getState()
      .openAnalysis(
        makeAnalysis([
          cluster("aangifte", null, "Aangifte"),
          quoteCard("c1", "a1", { clusterId: "aangifte" }),
          quoteCard("c2", "a2", { clusterId: "aangifte" }),
          cluster("school", null, "School"),
          quoteCard("c3", "s1", { clusterId: "school" }),
          quoteCard("c4", "s2", { clusterId: "school" }),
        ]),
      ),
  );
  return store;
}

describe("Bij welk cluster hoort dit? (dragging a quote)", () => {
  it("outlines the cluster a quote fits, best first", async () => {
    const store = setup();
    act(() => drag?.start("a3"));
    // The engine is loaded on first use: allow for a slow machine.
    await waitFor(() => expect(store.getState().dragFit[0]).toBe("aangifte"), { timeout: 20_000 });
    expect(screen.getByRole("status")).toHaveTextContent("Past het best bij cluster Aangifte");
    act(() => drag?.end());
    expect(store.getState().dragFit).toEqual([]);
  });

  it("outlines no cluster for a quote that shares nothing with them, and says so", async () => {
    const store = setup();
    act(() => drag?.start("w1"));
    await waitFor(() => expect(store.getState().dragFitNone).toBe(true), { timeout: 20_000 });
    expect(store.getState().dragFit).toEqual([]);
    expect(screen.getByRole("status")).toHaveTextContent("Past bij geen cluster duidelijk.");
    act(() => drag?.end());
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(store.getState().dragFitNone).toBe(false);
  });
});

import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { causalChain } from "../../domain/analysis/focus";
import { FocusHighlight, focusStyle } from "./FocusHighlight";

const analysis = makeAnalysis(
  [
    factor("p", "problem", "Kern"),
    factor("a", null, "Oorzaak"),
    factor("b"),
    factor("x", null, 'Los "x"'),
  ],
  [link("b", "a"), link("a", "p")],
);

describe("focus style", () => {
  it("un-dims the chain up to the level and rings that level", () => {
    const css = focusStyle(causalChain(analysis, "p"), 1, analysis.edges);
    expect(css).toContain('.react-flow__node[data-id="p"]');
    expect(css).toContain('.react-flow__node[data-id="a"]');
    expect(css).not.toContain('[data-id="b"]');
    expect(css).not.toContain('[data-id="x"]');
    expect(css).toContain('.react-flow__edge[data-id="a->p"]');
    expect(css).not.toContain('.react-flow__edge[data-id="b->a"]');
    expect(css).toMatch(/\.react-flow__node\[data-id="a"\] \{ outline/);
  });

  it("escapes ids for the selector", () => {
    const odd = makeAnalysis([factor('x"]{}')], []);
    expect(focusStyle(causalChain(odd, 'x"]{}'), null, [])).toContain('[data-id="x\\"]{}"]');
  });
});

describe("FocusHighlight", () => {
  it("says nothing while focus is off, and what it shows when on", () => {
    const { store, container } = renderWithStore(<FocusHighlight />);
    store.getState().openAnalysis(analysis);
    expect(container).toBeEmptyDOMElement();
    store.getState().setFocusMode(true);
    store.getState().select(["a"]);
    return screen.findByTestId("focus-status").then((status) => {
      expect(status).toHaveTextContent("Focus op Oorzaak: 3 elementen in de keten, hele keten.");
      expect(container.querySelector("style")?.textContent).toContain('[data-id="b"]');
    });
  });
});

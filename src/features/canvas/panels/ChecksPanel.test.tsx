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
import type { Analysis } from "../../../domain/analysis/analysis";
import { countingIds } from "../../../domain/analysis/ids";
import { withGoalTree } from "../../../domain/goals/derive";
import { addAction } from "../../../domain/goals/operations";
import { ChecksPanel } from "./ChecksPanel";
import { findingsOf, loopThrough } from "./checks";
import { nodeDisplayName } from "./nodeDisplayName";

/** A → B → C → A loop, cluster K without a role leading into it, and a loose factor F. */
const troubled = makeAnalysis(
  [
    factor("A", "cause", "Weinig kennis"),
    factor("B", "cause", "Late signalering"),
    factor("C", "cause", "Geen meldingen"),
    cluster("K", null, "Versnippering"),
    quoteCard("k1", "q1", { clusterId: "K" }),
    factor("F", null, ""),
  ],
  [link("A", "B"), link("B", "C"), link("C", "A"), link("K", "A")],
);

function renderChecks(analysis: Analysis, language: "nl" | "en" = "nl") {
  const result = renderWithStore(<ChecksPanel />, { language });
  act(() => result.store.getState().openAnalysis(analysis));
  return result;
}

function finding(title: string) {
  return screen.getByRole("heading", { name: title }).closest("li") as HTMLElement;
}

describe("ChecksPanel", () => {
  it("lists a loop, the missing core problem, a cluster without a role and a loose element", () => {
    renderChecks(troubled);
    expect(screen.getByText("4 bevindingen")).toBeInTheDocument();
    expect(
      within(finding("Kringloop in ‘leidt tot’-verbanden")).getByTestId("cycle-path"),
    ).toHaveTextContent("Weinig kennis → Late signalering → Geen meldingen → Weinig kennis");
    expect(finding("Geen kernprobleem")).toBeInTheDocument();
    expect(
      within(finding("Clusters zonder rol")).getByRole("button", {
        name: "Selecteer op het canvas: Versnippering",
      }),
    ).toBeInTheDocument();
    // An unnamed factor is called so.
    expect(
      within(finding("Losse elementen")).getByRole("button", {
        name: "Selecteer op het canvas: (zonder naam)",
      }),
    ).toBeInTheDocument();
  });

  it("selects the nodes a finding names", async () => {
    const user = userEvent.setup();
    const { store } = renderChecks(troubled);
    await user.click(screen.getByRole("button", { name: "Kringloop selecteren" }));
    expect([...store.getState().selectedNodeIds].sort()).toEqual(["A", "B", "C"]);
    await user.click(
      screen.getByRole("button", { name: "Selecteer op het canvas: (zonder naam)" }),
    );
    expect([...store.getState().selectedNodeIds]).toEqual(["F"]);
    await user.click(
      screen.getByRole("button", { name: "Selecteer op het canvas: Versnippering" }),
    );
    expect([...store.getState().selectedNodeIds]).toEqual(["K"]);
  });

  it("offers to select all loose elements at once", async () => {
    const user = userEvent.setup();
    const { store } = renderChecks(
      makeAnalysis([factor("P", "problem", "Kern"), factor("X"), quoteCard("c", "q")]),
    );
    await user.click(screen.getByRole("button", { name: "Alle 3 selecteren" }));
    expect([...store.getState().selectedNodeIds].sort()).toEqual(["P", "X", "c"]);
    expect(screen.queryByText("Geen kernprobleem")).toBeNull();
  });

  it("reports a clean tree, and stays quiet about an empty canvas", () => {
    const { store } = renderChecks(
      makeAnalysis(
        [
          cluster("P", "problem", "Kern"),
          quoteCard("p1", "q1", { clusterId: "P" }),
          factor("X", "cause"),
        ],
        [link("X", "P")],
      ),
    );
    expect(screen.getByText("Geen problemen gevonden")).toBeInTheDocument();
    act(() => store.getState().openAnalysis(makeAnalysis()));
    expect(screen.queryByText("Geen kernprobleem")).toBeNull();
    expect(screen.getByText(/Het canvas is nog leeg/)).toBeInTheDocument();
  });

  it("speaks English when switched", () => {
    renderChecks(troubled, "en");
    expect(screen.getByText("4 findings")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "No core problem" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Select the loop" })).toBeInTheDocument();
  });
});

describe("findingsOf", () => {
  it("finds nothing on an empty canvas, not even a missing core problem", () => {
    expect(findingsOf(makeAnalysis())).toEqual([]);
  });

  it("orders a loop as its arrows run, naming extra members of the same knot too", () => {
    // A → B → A and B → C → A form one knot; the shortest loop through A is A → B.
    const edges = [link("A", "B"), link("B", "A"), link("B", "C"), link("C", "A")];
    expect(loopThrough(["A", "B", "C"], edges)).toEqual(["A", "B"]);
    expect(loopThrough(["C", "A", "B"], edges)).toEqual(["C", "A", "B"]);
    expect(loopThrough(["S"], [link("S", "S")])).toEqual(["S"]);
  });
});

describe("nodeDisplayName", () => {
  it("names a card by the start of its quote and an empty label as untitled", () => {
    const card = quoteCard("c", "q");
    const long = { ...card, snapshot: { ...card.snapshot, text: `${"woord ".repeat(20)}einde` } };
    const name = nodeDisplayName(long, "(zonder naam)");
    expect(name.endsWith("…")).toBe(true);
    expect(name.length).toBeLessThanOrEqual(61);
    expect(nodeDisplayName(factor("f", null, "  "), "(zonder naam)")).toBe("(zonder naam)");
    expect(
      nodeDisplayName({ kind: "note", id: "n", position: { x: 0, y: 0 }, text: "Let op" }, "-"),
    ).toBe("Let op");
  });
});

describe("ChecksPanel on the goal tree", () => {
  const tree = makeAnalysis(
    [
      factor("kern", "problem", "Slachtoffers laat herkend"),
      factor("kennis", "cause", "Weinig kennis"),
      factor("capaciteit", "cause", "Weinig capaciteit"),
    ],
    [link("kennis", "kern"), link("capaciteit", "kern")],
  );

  it("flags the root causes whose goal has no action and opens the goal view on one", async () => {
    const withTree = withGoalTree(tree, countingIds());
    const kennis = withTree.goalTree?.goals.find((g) => g.sourceId === "kennis");
    if (!kennis) throw new Error("no goal for kennis");
    const planned = addAction(withTree, { goalId: kennis.id, title: "Training" }, countingIds());
    const { store } = renderChecks(planned.analysis);
    const item = finding("Grondoorzaak zonder actie");
    const buttons = within(item).getAllByRole("button");
    expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual([
      "Tonen in de doelenboom: Weinig capaciteit",
    ]);
    await userEvent.click(buttons[0] as HTMLElement);
    const capaciteit = planned.analysis.goalTree?.goals.find((g) => g.sourceId === "capaciteit");
    expect(store.getState().goalView).toBe(true);
    expect(store.getState().goalSelection).toEqual({ kind: "goal", id: capaciteit?.id });
  });

  it("says nothing about goals before a goal tree is made", () => {
    renderChecks(tree);
    expect(screen.queryByTestId("goal-checks")).toBeNull();
  });
});

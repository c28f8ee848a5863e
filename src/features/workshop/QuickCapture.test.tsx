import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import type { AnalysisNode } from "../../domain/analysis/analysis";
import { countingIds } from "../../domain/analysis/ids";
import { QuickCapture } from "./QuickCapture";
import { WithWorkshopCommands } from "./testHarness";

const at = (node: AnalysisNode, x: number, y: number): AnalysisNode => ({
  ...node,
  position: { x, y },
});

/** A core problem with two causes side by side. */
function setup() {
  return makeAnalysis(
    [
      at(factor("p", "problem", "Kern"), 0, 0),
      at(factor("a", "cause", "Links"), 0, 200),
      at(factor("b", "cause", "Rechts"), 300, 200),
    ],
    [link("a", "p"), link("b", "p")],
  );
}

/** The field with commands bound to the same store, as the workspace mounts it. */
const Capture = () => (
  <WithWorkshopCommands>{(c) => <QuickCapture commands={c} />}</WithWorkshopCommands>
);

describe("QuickCapture", () => {
  it("is disabled and says why while nothing is selected", () => {
    renderWithStore(<Capture />, { ids: countingIds() });
    expect(screen.getByRole("textbox", { name: /selecteer eerst een element/ })).toBeDisabled();
  });

  it("adds causes with Enter and an effect with Shift+Enter, keeping the field for the next", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Capture />, { ids: countingIds() });
    store.getState().openAnalysis(setup());
    store.getState().select(["p"]);
    const field = await screen.findByRole("textbox", { name: "Snel vastleggen bij: Kern" });
    await user.type(field, "Nieuwe oorzaak{Enter}");
    await user.type(field, "Nieuw gevolg{Shift>}{Enter}{/Shift}");
    const added = store.getState().analysis.nodes.slice(3);
    expect(added).toMatchObject([
      { label: "Nieuwe oorzaak", role: "cause" },
      { label: "Nieuw gevolg", role: "symptom" },
    ]);
    expect(field).toHaveValue("");
    expect(field).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Nieuw gevolg toegevoegd als Gevolg.");
  });

  it("moves between siblings with Tab and a level with Alt+arrows, without leaving the field", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Capture />, { ids: countingIds() });
    store.getState().openAnalysis(setup());
    store.getState().select(["p"]);
    const field = await screen.findByRole("textbox", { name: /Kern/ });
    field.focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(field).toHaveAccessibleName("Snel vastleggen bij: Links");
    await user.tab();
    expect(field).toHaveAccessibleName("Snel vastleggen bij: Rechts");
    expect(field).toHaveFocus();
    await user.tab({ shift: true });
    expect(field).toHaveAccessibleName("Snel vastleggen bij: Links");
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(field).toHaveAccessibleName("Snel vastleggen bij: Kern");
  });

  it("keeps typed keys from the canvas shortcuts", async () => {
    const user = userEvent.setup();
    const behind = vi.fn();
    const { store } = renderWithStore(
      // biome-ignore lint/a11y/noStaticElementInteractions: a stand-in for the canvas listening for keys
      <div onKeyDown={behind}>
        <Capture />
      </div>,
      { ids: countingIds() },
    );
    store.getState().openAnalysis(setup());
    store.getState().select(["p"]);
    await user.type(await screen.findByRole("textbox", { name: /Kern/ }), "gfl");
    expect(behind).not.toHaveBeenCalled();
  });
});

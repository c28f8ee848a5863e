import { act, fireEvent, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useMemo } from "react";
import { describe, expect, it } from "vitest";
import { cluster, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { bindStore } from "../../../tests/helpers/boundStore";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { twoThemeQuotes } from "../../../tests/helpers/twoThemeQuotes";
import { countingIds } from "../../domain/analysis/ids";
import { useAppStoreApi } from "../../state/StoreProvider";
import { createCanvasCommands } from "../canvas/canvasCommands";
import { useCanvasShortcuts } from "../canvas/useCanvasShortcuts";
import { usePlaceSimilarOfCard } from "./placeSimilar";

// Two themes of three quotes; the suggestions engine runs on the page (jsdom has no Worker).
const quotes = twoThemeQuotes;

/** The canvas's key handler as the workspace wires it, on a focusable region. */
function CanvasKeys() {
  const store = useAppStoreApi();
  const commands = useMemo(
    () =>
      createCanvasCommands(
        store,
        { centre: () => ({ x: 0, y: 0 }), reveal: () => {}, fitView: () => {} },
        { newCluster: "Nieuw cluster" },
      ),
    [store],
  );
  const placeSimilarCard = usePlaceSimilarOfCard(commands.placeTogether);
  const extra = useMemo(
    () => ({ layout: () => {}, tidySelection: () => {}, placeSimilarCard }),
    [placeSimilarCard],
  );
  const onKeyDown = useCanvasShortcuts(store, commands, extra);
  // biome-ignore lint/a11y/noNoninteractiveTabindex: stands in for the canvas region in a test
  return <section aria-label="Canvas" tabIndex={0} onKeyDown={onKeyDown} />;
}

function setup() {
  const rendered = renderWithStore(<CanvasKeys />, { quotes, ids: countingIds(), now: () => 1 });
  const { store } = rendered;
  act(() => {
    store
      .getState()
      .openAnalysis(makeAnalysis([cluster("k1"), quoteCard("c1", "q0", { clusterId: "k1" })]));
    store.getState().select(["c1"]);
  });
  const region = within(rendered.container).getByRole("region", { name: "Canvas" });
  region.focus();
  const cards = () =>
    store.getState().analysis.nodes.flatMap((n) => (n.kind === "quote" ? [n] : []));
  return { store, region, cards };
}

describe("Shift+V on a selected quote card", () => {
  it("puts the card's similar quotes into its cluster, and one undo takes them away", async () => {
    const user = userEvent.setup();
    const { store, cards } = setup();
    const { settled } = await act(() => bindStore(store));
    const before = store.getState().analysis;
    await user.keyboard("{Shift>}V{/Shift}");
    // The engine is loaded on first use: allow for a slow machine.
    await waitFor(() => expect(cards().length).toBeGreaterThan(1), { timeout: 20_000 });
    // All in the card's cluster, the two other quotes about reporting to the police among them.
    expect(cards().every((c) => c.clusterId === "k1")).toBe(true);
    expect(cards().map((c) => c.quoteId)).toEqual(expect.arrayContaining(["q0", "q2", "q4"]));
    await act(settled);
    act(() => store.getState().undo());
    expect(store.getState().analysis).toEqual(before);
  });

  it("does nothing with a participant's or a view-only link", () => {
    for (const access of ["participant", "view"] as const) {
      const { store, region, cards } = setup();
      act(() => store.getState().setEditAccess(access));
      // Not handled: the key is left to the browser, and nothing is asked or placed.
      const unhandled = fireEvent.keyDown(region, { key: "V", code: "KeyV", shiftKey: true });
      expect(unhandled).toBe(true);
      expect(cards().map((c) => c.quoteId)).toEqual(["q0"]);
    }
  });
});

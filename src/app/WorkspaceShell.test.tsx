import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useLayoutEffect } from "react";
import { describe, expect, it, vi } from "vitest";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../tests/helpers/renderWithStore";
import type { LibraryPlacement } from "../features/library/LibraryPanel";
import { StoreProvider } from "../state/StoreProvider";
import { WorkspaceShell } from "./WorkspaceShell";

const placed: string[] = [];

// The canvas chunk (React Flow) stands in as what the shell sees of it: it hands the library
// its place command when it is on screen.
vi.mock("./Workspace", () => ({
  Workspace({ onPlacement }: { onPlacement(placement: LibraryPlacement): void }) {
    useLayoutEffect(() => {
      onPlacement({ onPlaceQuote: (quote) => placed.push(quote.id) });
      return () => onPlacement({});
    }, [onPlacement]);
    return <div className="canvas-column">canvas</div>;
  },
}));

// Hang guards for the lazy chunks, not speed budgets.
const chunk = { timeout: 20_000 };

const quotes = [
  makeQuote({ id: "q1", text: "Slachtoffers worden steeds jonger." }),
  makeQuote({ id: "q2", text: "Informatie delen loopt vast op de AVG." }),
];

describe("WorkspaceShell", () => {
  it("lets a person search before the analysis is open, and keeps the search when the canvas arrives", async () => {
    const user = userEvent.setup();
    const { store, rerender } = renderWithStore(<WorkspaceShell open={false} />, { quotes });
    const search = await screen.findByLabelText("Zoek in citaten", {}, chunk);
    // The canvas is still opening: said to screen readers, and nothing can be placed yet.
    expect(screen.getByRole("status")).toHaveTextContent("Analyse openen…");
    expect(screen.queryByRole("button", { name: "Op canvas" })).toBeNull();
    await user.click(search);
    await user.keyboard("AVG");

    rerender(
      <StoreProvider store={store}>
        <WorkspaceShell open />
      </StoreProvider>,
    );
    await screen.findByText("canvas", {}, chunk);
    // The same search box, still focused and holding what was typed: typing goes on.
    expect(screen.getByLabelText("Zoek in citaten")).toBe(search);
    expect(search).toHaveFocus();
    await user.keyboard(" delen");
    expect(store.getState().query).toBe("AVG delen");
    expect(screen.queryByRole("status")).toBeNull();
    // The place buttons came with the canvas.
    await user.click(await screen.findByRole("button", { name: "Op canvas" }, chunk));
    expect(placed).toEqual(["q2"]);
  });
});

import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../../tests/helpers/renderWithStore";
import { SidePanel } from "./SidePanel";

describe("SidePanel", () => {
  it("is a labelled region with three tabs, evidence first", () => {
    renderWithStore(<SidePanel />);
    expect(screen.getByRole("complementary", { name: "Analysepaneel" })).toBeInTheDocument();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Onderbouwing", "Dekking", "Controles"]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Onderbouwing" })).toHaveTextContent(
      /Selecteer één cluster/,
    );
    // Only the open tab is in the tab order.
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it("moves between tabs with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    renderWithStore(<SidePanel />, { quotes: [makeQuote()] });
    await user.tab();
    expect(screen.getByRole("tab", { name: "Onderbouwing" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Dekking" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Dekking" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Dekking" })).toHaveTextContent(
      "0 van 1 citaat (0 %)",
    );
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Controles" })).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Controles" })).toHaveTextContent(
      /Het canvas is nog leeg/,
    );
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Onderbouwing" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "Controles" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("tab", { name: "Onderbouwing" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  it("opens a tab on click", async () => {
    const user = userEvent.setup();
    renderWithStore(<SidePanel />, { language: "en" });
    await user.click(screen.getByRole("tab", { name: "Checks" }));
    expect(screen.getByRole("tabpanel", { name: "Checks" })).toHaveTextContent(
      /The canvas is still empty/,
    );
  });
});

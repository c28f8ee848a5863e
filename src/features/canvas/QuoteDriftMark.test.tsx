import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { QuoteDriftMark } from "./QuoteDriftMark";

describe("QuoteDriftMark", () => {
  it("marks a changed or vanished quote and stays away when nothing changed", () => {
    renderWithStore(<QuoteDriftMark drift="missing" />);
    expect(screen.getByText("Citaat niet meer in de bloemlezing")).toHaveAttribute(
      "data-drift",
      "missing",
    );
    const { container } = renderWithStore(<QuoteDriftMark drift="same" />);
    expect(container).toBeEmptyDOMElement();
  });
});

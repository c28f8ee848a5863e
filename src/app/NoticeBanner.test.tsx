import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "../../tests/helpers/renderWithStore";
import { NoticeBanner } from "./NoticeBanner";

describe("NoticeBanner", () => {
  it("closes what was said before presenting, and shows what is said while presenting", () => {
    const { store } = renderWithStore(<NoticeBanner />);
    act(() => store.getState().setNotice(() => "Geïmporteerd als nieuwe analyse"));
    expect(screen.getByRole("alert").textContent).toContain("Geïmporteerd");

    act(() => store.getState().setPresentation(true));
    expect(screen.queryByRole("alert")).toBeNull();

    act(() => store.getState().setNotice(() => "Opslaan mislukt"));
    expect(screen.getByRole("alert").textContent).toContain("Opslaan mislukt");
  });
});

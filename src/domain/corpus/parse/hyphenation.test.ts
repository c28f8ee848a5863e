import { describe, expect, it } from "vitest";
import { joinLines } from "./hyphenation";

const line = (text: string, trailingSpace = false) => ({ text, trailingSpace });

describe("joinLines", () => {
  it("joins lines with one space", () => {
    expect(joinLines([line("Er is steeds minder bereidheid", true), line("tot aangifte.")])).toBe(
      "Er is steeds minder bereidheid tot aangifte.",
    );
  });

  it("rejoins a word broken by a line-end hyphen", () => {
    expect(joinLines([line("Meer inzet ervarings-"), line("deskundigen.")])).toBe(
      "Meer inzet ervaringsdeskundigen.",
    );
  });

  it("rejoins a word broken by a hyphen with a stray space before it", () => {
    expect(joinLines([line("steeds meer veroor -"), line("delingen, maar")])).toBe(
      "steeds meer veroordelingen, maar",
    );
  });

  it("keeps genuine hyphens", () => {
    expect(
      joinLines([
        line("voornamelijk 18-min meisjes en zorg-/opvang", true),
        line("voor iedereen."),
      ]),
    ).toBe("voornamelijk 18-min meisjes en zorg-/opvang voor iedereen.");
    expect(joinLines([line("van het beleid (van wet-", true), line("en regelgeving).")])).toBe(
      "van het beleid (van wet- en regelgeving).",
    );
  });

  it("keeps a spaced dash", () => {
    expect(joinLines([line("toekomstperspectief -", true), line("wat kunnen wij bieden?")])).toBe(
      "toekomstperspectief - wat kunnen wij bieden?",
    );
  });

  it("puts each bullet item on its own line", () => {
    expect(
      joinLines([
        line("Weinig tot geen alternatief:"),
        line("• Buurthuizen sluiten.", true),
        line("• Jongeren spelen niet buiten."),
      ]),
    ).toBe("Weinig tot geen alternatief:\n• Buurthuizen sluiten.\n• Jongeren spelen niet buiten.");
  });

  it("follows a slash at the line end with a space like any line end", () => {
    expect(joinLines([line("bij slachtoffers/"), line("benadeelden.")])).toBe(
      "bij slachtoffers/ benadeelden.",
    );
  });
});

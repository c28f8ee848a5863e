import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importedTitle, uniqueTitle } from "./titles";

describe("titles", () => {
  it("numbers a taken title from (2) on", () => {
    expect(uniqueTitle("Analyse 5 december 2026", [])).toBe("Analyse 5 december 2026");
    expect(uniqueTitle("Analyse 5 december 2026", ["Analyse 5 december 2026"])).toBe(
      "Analyse 5 december 2026 (2)",
    );
    expect(uniqueTitle("A", ["A", "A (2)"])).toBe("A (3)");
  });

  it("never gives a title that is taken, whatever is taken", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (base, taken) => {
        expect(taken).not.toContain(uniqueTitle(base, taken));
      }),
    );
  });

  it("marks an imported copy once", () => {
    expect(importedTitle("Jeugdzorg", " (geïmporteerd)")).toBe("Jeugdzorg (geïmporteerd)");
    expect(importedTitle("Jeugdzorg (geïmporteerd)", " (geïmporteerd)")).toBe(
      "Jeugdzorg (geïmporteerd)",
    );
  });
});

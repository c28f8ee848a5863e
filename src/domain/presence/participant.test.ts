import { describe, expect, it } from "vitest";
import { cleanName, PRESENCE_COLOURS, participantOf } from "./participant";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe("presence colours", () => {
  it.each(PRESENCE_COLOURS)("%s carries white text (contrast at least 4.5:1)", (colour) => {
    const contrast = (1 + 0.05) / (luminance(colour) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(4.5);
  });

  it("are all different", () => {
    expect(new Set(PRESENCE_COLOURS).size).toBe(PRESENCE_COLOURS.length);
  });
});

describe("participantOf", () => {
  it("reads a participant another device announces, its name cleaned", () => {
    expect(participantOf({ id: "p1", name: "  Anna   de Vries ", colour: "#1d4ed8" })).toEqual({
      id: "p1",
      name: "Anna de Vries",
      colour: "#1d4ed8",
    });
  });

  it.each([
    null,
    "Anna",
    { id: "p1", name: "Anna", colour: "#ffffff" },
    { id: "", name: "Anna", colour: "#1d4ed8" },
    { id: "p1", name: "   ", colour: "#1d4ed8" },
    { id: "p1", colour: "#1d4ed8" },
  ])("refuses %j", (value) => {
    expect(participantOf(value)).toBeNull();
  });

  it("cuts a long name at 40 characters", () => {
    expect(cleanName("x".repeat(60))).toHaveLength(40);
  });
});

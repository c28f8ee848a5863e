import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { facingSides, sideMiddle } from "./linkSides";

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe("the sides a link uses", () => {
  it("leaves a cause below its effect by the top and enters the effect from below", () => {
    expect(facingSides(box(0, 300), box(40, 0))).toEqual({ from: "top", to: "bottom" });
    expect(facingSides(box(40, 0), box(0, 300))).toEqual({ from: "bottom", to: "top" });
  });

  it("links boxes side by side by their facing sides", () => {
    expect(facingSides(box(0, 0), box(300, 20))).toEqual({ from: "right", to: "left" });
    expect(facingSides(box(300, 20), box(0, 0))).toEqual({ from: "left", to: "right" });
  });

  it("never runs back through either box: the two ends face each other", () => {
    const arbitraryBox = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 10, max: 600 }),
      height: fc.integer({ min: 10, max: 400 }),
    });
    fc.assert(
      fc.property(arbitraryBox, arbitraryBox, (source, target) => {
        const { from, to } = facingSides(source, target);
        const a = sideMiddle(source, from);
        const b = sideMiddle(target, to);
        // The entry lies on the far side of the exit, in the exit's direction.
        const ahead = {
          top: b.y <= a.y,
          bottom: b.y >= a.y,
          right: b.x + target.width / 2 >= a.x - source.width / 2,
          left: b.x - target.width / 2 <= a.x + source.width / 2,
        }[from];
        expect(ahead).toBe(true);
        expect(to).toBe({ top: "bottom", bottom: "top", left: "right", right: "left" }[from]);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { fitPixelRatio } from "./canvasLimits";

describe("fitPixelRatio", () => {
  it("keeps the ratio asked for when the canvas fits", () => {
    expect(fitPixelRatio(4000, 3000, 3)).toEqual({ ratio: 3, lowered: false });
  });

  it("lowers the ratio so no side passes 16,384 pixels, and says so", () => {
    const { ratio, lowered } = fitPixelRatio(10_000, 2_000, 2);
    expect(lowered).toBe(true);
    expect(10_000 * ratio).toBeLessThanOrEqual(16_384);
    expect(ratio).toBeGreaterThan(1.6);
  });

  it("lowers it below 1 for a canvas larger than the limit itself", () => {
    const { ratio, lowered } = fitPixelRatio(20_000, 15_000, 1);
    expect(lowered).toBe(true);
    expect(20_000 * ratio).toBeLessThanOrEqual(16_384);
    expect(20_000 * ratio * 15_000 * ratio).toBeLessThanOrEqual(268_435_456);
  });
});

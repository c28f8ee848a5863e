import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex, normalisedMutualInformation } from "./agreement";

describe("agreement with reference labels", () => {
  it("computes ARI and NMI of a refinement by hand", () => {
    // Pairs: 1 agreeing of 6; expected index (2·1)/6 = 1/3, max 1.5: (1 − 1/3)/(1.5 − 1/3) = 4/7.
    expect(adjustedRandIndex(["a", "a", "b", "b"], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 10);
    // MI = H(truth) = ln 2; H(found) = 1.5 ln 2; NMI = ln 2 / (1.25 ln 2) = 0.8.
    expect(normalisedMutualInformation(["a", "a", "b", "b"], [0, 0, 1, 2])).toBeCloseTo(0.8, 10);
  });

  it("is 1 for the same partition under other names", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), (rest) => {
        // At least two groups: with one, every partition agrees and ARI is not defined.
        const labels = [0, 1, ...rest];
        const renamed = labels.map((l) => `x${(l * 7) % 5}`);
        expect(normalisedMutualInformation(labels, renamed)).toBeCloseTo(1, 10);
        expect(adjustedRandIndex(labels, renamed)).toBeCloseTo(1, 10);
      }),
    );
  });

  it("is 0 for a clustering that tells nothing", () => {
    expect(adjustedRandIndex(["a", "a", "b", "b"], [0, 1, 0, 1])).toBeLessThan(0);
    expect(normalisedMutualInformation(["a", "a", "b", "b"], [0, 1, 0, 1])).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { besideLastRun, roundedPath, routeMiddle } from "./linkPath";

describe("roundedPath", () => {
  it("draws a straight route as one line", () => {
    expect(
      roundedPath([
        { x: 0, y: 100 },
        { x: 0, y: 0 },
      ]),
    ).toBe("M0,100 L0,0");
  });

  it("rounds a corner with a curve that starts and ends on the runs beside it", () => {
    expect(
      roundedPath([
        { x: 0, y: 100 },
        { x: 0, y: 50 },
        { x: 80, y: 50 },
      ]),
    ).toBe("M0,100 L0,60 Q0,50 10,50 L80,50");
  });

  it("keeps a curve within half of a short run", () => {
    expect(
      roundedPath([
        { x: 0, y: 8 },
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toBe("M0,8 L0,4 Q0,0 4,0 L100,0");
  });
});

describe("routeMiddle", () => {
  it("finds the point halfway along the runs", () => {
    expect(
      routeMiddle([
        { x: 0, y: 100 },
        { x: 0, y: 0 },
        { x: 300, y: 0 },
      ]),
    ).toEqual({ x: 100, y: 0 });
  });
});

describe("besideLastRun", () => {
  it("stands a set way before the target along the last run, however long that run is", () => {
    const route = [
      { x: 0, y: 200 },
      { x: 0, y: 150 },
      { x: 300, y: 150 },
      { x: 300, y: 100 },
    ];
    expect(besideLastRun(route, 20)).toEqual({ at: { x: 300, y: 120 }, upright: true });
    expect(besideLastRun(route, 60)).toEqual({ at: { x: 300, y: 160 }, upright: true });
    // A straight link into the same target gets the same place.
    expect(
      besideLastRun(
        [
          { x: 300, y: 180 },
          { x: 300, y: 100 },
        ],
        20,
      ).at,
    ).toEqual({
      x: 300,
      y: 120,
    });
    expect(besideLastRun(route.slice(0, 3), 20)).toEqual({
      at: { x: 280, y: 150 },
      upright: false,
    });
  });
});

import { describe, expect, it } from "vitest";
import { readProjectorMessage } from "./projectorChannel";
import { projectorUrl } from "./projectorWindow";

const session = {
  type: "session",
  analysisId: "an",
  view: { x: -10, y: 5, width: 800, height: 600 },
  selected: ["n1"],
  focusMode: true,
  focusLevel: 1,
  shownRoundId: null,
  timer: { kind: "running", durationMs: 300_000, endsAt: 123 },
};

describe("projector messages", () => {
  it("accepts a session and a hello", () => {
    expect(readProjectorMessage(session)).toEqual(session);
    expect(readProjectorMessage({ type: "hello", analysisId: "an" })).toEqual({
      type: "hello",
      analysisId: "an",
    });
  });

  it("ignores anything else", () => {
    expect(
      readProjectorMessage({ ...session, view: { x: 0, y: 0, width: -1, height: 1 } }),
    ).toBeNull();
    expect(readProjectorMessage({ ...session, extra: 1 })).toBeNull();
    expect(readProjectorMessage("session")).toBeNull();
    expect(readProjectorMessage({ type: "saved", analysisId: "an", updatedAt: 1 })).toBeNull();
  });

  it("opens the projector on the same analysis with ?projector", () => {
    const location = { pathname: "/app/" } as Location;
    expect(projectorUrl("a b", location)).toBe("/app/?projector#/analysis/a%20b");
  });
});

import { describe, expect, it } from "vitest";
import { parseRoute, routeHash } from "./route";

describe("routes", () => {
  it("reads analysis deep links and falls back to the overview", () => {
    expect(parseRoute("#/analysis/analysis_12ab")).toEqual({
      kind: "analysis",
      id: "analysis_12ab",
    });
    expect(parseRoute("#/")).toEqual({ kind: "overview" });
    expect(parseRoute("")).toEqual({ kind: "overview" });
    expect(parseRoute("#/analysis/")).toEqual({ kind: "overview" });
    expect(parseRoute("#/elders")).toEqual({ kind: "overview" });
  });

  it("round-trips ids with characters that need escaping", () => {
    const route = { kind: "analysis" as const, id: "a b/ç" };
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

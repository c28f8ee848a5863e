import { describe, expect, it } from "vitest";
import { parseRoute, parseShareHash, routeHash, shareHash } from "./route";

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

describe("share links", () => {
  it("round-trips a share address through its fragment, and ignores other addresses", () => {
    const address = { server: "wss://sync.example.nl/a?b", document: "AbC_-9", token: "t+/=" };
    expect(parseShareHash(shareHash(address))).toEqual(address);
    expect(parseShareHash("#/analysis/x")).toBeNull();
    expect(parseShareHash("#/shared?server=ws%3A%2F%2Fx&doc=d")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { LayoutBox, LayoutRequest } from "../analysis/layoutGraph";
import { treeLayout } from "./treeLayout";

const box = (id: string, role: LayoutBox["role"] = null, kind: LayoutBox["kind"] = "factor") => ({
  id,
  width: 200,
  height: 100,
  role,
  kind,
});

describe("treeLayout", () => {
  it("puts effects above the problem, causes below by distance, unlinked notes beside", () => {
    const request: LayoutRequest = {
      boxes: [
        box("root", "cause"),
        box("cause", "cause"),
        box("problem", "problem"),
        box("effect", "symptom"),
        box("note", null, "note"),
      ],
      links: [
        { source: "root", target: "cause" },
        { source: "cause", target: "problem" },
        { source: "problem", target: "effect" },
      ],
    };
    const p = treeLayout(request);
    const y = (id: string) => p[id]?.y ?? Number.NaN;
    expect(y("effect")).toBeLessThan(y("problem"));
    expect(y("problem")).toBeLessThan(y("cause"));
    expect(y("cause")).toBeLessThan(y("root"));
    const treeRight = Math.max(
      ...["root", "cause", "problem", "effect"].map((id) => (p[id]?.x ?? 0) + 200),
    );
    expect(p.note?.x).toBeGreaterThan(treeRight);
  });

  it("keeps the boxes of a cycle in one rank", () => {
    const p = treeLayout({
      boxes: [box("a"), box("b")],
      links: [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
      ],
    });
    expect(p.a?.y).toBe(p.b?.y);
  });
});

import { describe, expect, it } from "vitest";
import {
  cycles,
  type FolderGraph,
  folderGraph,
  folderOf,
  importSpecifiers,
  printGraph,
} from "../helpers/importGraph";

const graphOf = (edges: Record<string, string[]>): FolderGraph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("the folder-level import graph of src/", () => {
  it("has no cycle: every import points down the layers (docs/ARCHITECTURE.md)", () => {
    const { graph, example } = folderGraph("src");
    console.log(`Folder-level imports of src/:\n${printGraph(graph)}`);
    const loops = cycles(graph).map((group) => {
      const inside = group.flatMap((a) =>
        [...(graph.get(a) ?? [])]
          .filter((b) => group.includes(b))
          .map((b) => `  ${a} -> ${b} (e.g. ${example.get(`${a} -> ${b}`)})`),
      );
      return `cycle of ${group.join(", ")}:\n${inside.join("\n")}`;
    });
    expect(loops).toEqual([]);
  });
});

describe("the cycle finder", () => {
  it("finds a loop through three folders and leaves the rest out", () => {
    const graph = graphOf({
      app: ["features/canvas", "state"],
      "features/canvas": ["features/workshop", "state"],
      "features/workshop": ["state", "app"],
      state: ["domain"],
    });
    expect(cycles(graph)).toEqual([["app", "features/canvas", "features/workshop"]]);
  });

  it("finds two folders that import each other", () => {
    expect(cycles(graphOf({ state: ["i18n"], i18n: ["state"] }))).toEqual([["i18n", "state"]]);
  });

  it("finds none in a chain of layers", () => {
    expect(cycles(graphOf({ app: ["state"], state: ["services"], services: ["domain"] }))).toEqual(
      [],
    );
  });

  it("counts each feature as a folder of its own", () => {
    expect(folderOf("features/canvas/nodes/ClusterNodeView.tsx")).toBe("features/canvas");
    expect(folderOf("state/slices/uiSlice.ts")).toBe("state");
    expect(folderOf("main.tsx")).toBe("(root)");
  });
});

describe("reading a module's imports", () => {
  it("sees static, type-only, side-effect, re-exported and lazy imports", () => {
    const source = [
      'import { a } from "../state/a";',
      'import type { B } from "../domain/b";',
      "import {\n  c,\n  d,\n} from '../io/c';",
      'import "./styles.css";',
      'export { e } from "../services/e";',
      'const F = lazy(() => import("../features/canvas/F"));',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([
      "../state/a",
      "../domain/b",
      "../io/c",
      "./styles.css",
      "../services/e",
      "../features/canvas/F",
    ]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { fileOf, fixtureFile, IMPORT_FIXTURES } from "../../tests/helpers/importFixtures";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import type { AnalysisNode } from "../domain/analysis/analysis";
import { exportLabels } from "../i18n/exportLabels";
import { fromJsonCanvas, toJsonCanvas } from "./jsonCanvas";
import { readImportFile } from "./readImport";

const labels = exportLabels("nl");
const at = <T extends AnalysisNode>(node: T, x: number, y: number): T => ({
  ...node,
  position: { x, y },
});

function board() {
  const quote = makeQuote({
    id: "q1",
    text: "Werkgevers kijken weg.",
    page: 21,
    section: "2.3",
    sectionTitle: "Arbeid",
  });
  const card = {
    ...quoteCard("k1", "q1", { clusterId: "c" }),
    corpusId: "seed",
    snapshot: {
      ...quoteCard("k1", "q1").snapshot,
      text: quote.text,
      page: 21,
      section: "2.3",
      sectionTitle: "Arbeid",
    },
  };
  const analysis = makeAnalysis(
    [
      at(cluster("c", "cause", "Arbeidsmarkt"), 0, 0),
      at(card, 16, 56),
      at(factor("f", "problem", "Uitbuiting"), 100, -300),
      { kind: "note", id: "n", position: { x: 600, y: 0 }, text: "Let op" },
    ],
    [link("c", "f"), { ...link("n", "f", "contradicts"), label: "twijfel" }],
  );
  return { analysis, quote };
}

describe("JSON Canvas export", () => {
  it("is valid JSON Canvas 1.0: typed nodes with integer geometry, unique ids, edges between nodes", () => {
    const canvas = toJsonCanvas(board().analysis, new Map(), labels);
    const nodes = canvas.nodes ?? [];
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of nodes) {
      expect(["text", "file", "link", "group"]).toContain(node.type);
      for (const key of ["x", "y", "width", "height"] as const)
        expect(Number.isInteger(node[key])).toBe(true);
    }
    const texts = nodes.filter((node) => node.type === "text");
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((node) => typeof node.text !== "string")).toEqual([]);
    for (const edge of canvas.edges ?? []) {
      expect(ids).toContain(edge.fromNode);
      expect(ids).toContain(edge.toNode);
      expect(["none", "arrow", undefined]).toContain(edge.toEnd);
    }
  });

  it("makes clusters groups around their cards, cards Markdown quotes with their source, links with their own label only", () => {
    const canvas = toJsonCanvas(board().analysis, new Map(), labels);
    const group = canvas.nodes?.find((n) => n.id === "c");
    const card = canvas.nodes?.find((n) => n.id === "k1");
    expect(group).toMatchObject({ type: "group", label: "Arbeidsmarkt", color: "2" });
    expect(card).toMatchObject({
      type: "text",
      x: 16,
      y: 56,
      text: "> Werkgevers kijken weg.\n\n— 2.3 Arbeid, p. 21",
    });
    if (group?.type !== "group" || !card) throw new Error("missing");
    expect(card.x + card.width).toBeLessThanOrEqual(group.x + group.width);
    expect(card.y + card.height).toBeLessThanOrEqual(group.y + group.height);
    expect(canvas.edges).toEqual([
      {
        id: "c->f",
        fromNode: "c",
        fromEnd: "none",
        toNode: "f",
        toEnd: "arrow",
      },
      {
        id: "n->f",
        fromNode: "n",
        fromEnd: "none",
        toNode: "f",
        toEnd: "none",
        color: "1",
        label: "twijfel",
      },
    ]);
  });

  it("comes back as the same tree when the quotes are in the local corpus", () => {
    const { analysis, quote } = board();
    const canvas = toJsonCanvas(analysis, new Map(), labels);
    const back = fromJsonCanvas(JSON.parse(JSON.stringify(canvas)), {
      title: "terug",
      corpusId: "seed",
      quotes: [quote],
      now: 0,
    });
    expect(back.repairs).toEqual([]);
    const simplify = (nodes: AnalysisNode[]) =>
      nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        position: n.position,
        role: "role" in n ? n.role : undefined,
        cluster: n.kind === "quote" ? n.clusterId : undefined,
      }));
    expect(simplify(back.analysis.nodes)).toEqual(simplify(analysis.nodes));
    expect(back.analysis.edges.map(({ canvas: _, ...edge }) => edge)).toEqual(analysis.edges);
  });
});

describe("JSON Canvas import of other tools' files", () => {
  const context = { corpusId: "seed", quotes: [], now: 0 };
  const sample = readFileSync(join(IMPORT_FIXTURES, "sample-shape.canvas"), "utf8");

  it("opens the spec sample's shape: file and link nodes stay what they are, sizes and sides kept", async () => {
    const read = await readImportFile(fixtureFile("sample-shape.canvas"), context);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const byId = new Map(read.value.analysis.nodes.map((n) => [n.id, n]));
    expect(byId.get("plan")).toMatchObject({
      kind: "note",
      text: "notities/plan van aanpak.md",
      reference: { type: "file", file: "notities/plan van aanpak.md", subpath: "#Stap 2" },
      canvas: { width: 240, height: 300, color: "#3c89a5" },
    });
    expect(byId.get("reference")).toMatchObject({
      kind: "note",
      reference: { type: "link", url: "https://example.org/opgavegericht-werken" },
    });
    expect(byId.get("groupIdeas")).toMatchObject({ kind: "cluster", label: "Ideeën", role: null });
    const back = toJsonCanvas(read.value.analysis, new Map(), labels);
    const original = JSON.parse(sample) as { nodes: object[]; edges: object[] };
    const withoutExtension = original.nodes.map((n) => {
      const { extension: _, ...rest } = n as Record<string, unknown>;
      return rest;
    });
    const sorted = <T extends object>(list: T[] | undefined) =>
      [...(list ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(back.nodes)).toEqual(sorted(withoutExtension));
    expect(back.edges).toEqual(original.edges);
  });

  it("reads UTF-16 (both byte orders) and UTF-8 with a byte-order mark", async () => {
    const utf16le = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...sample].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const utf16be = new Uint8Array(utf16le.length);
    utf16be.set([0xfe, 0xff]);
    for (let i = 2; i < utf16le.length; i += 2) {
      utf16be[i] = utf16le[i + 1] as number;
      utf16be[i + 1] = utf16le[i] as number;
    }
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    for (const [name, bytes] of [
      ["le.canvas", utf16le],
      ["be.canvas", utf16be],
      ["bom.canvas", utf8],
    ] as const) {
      const read = await readImportFile(fileOf(name, bytes), context);
      expect(read.ok && read.value.analysis.nodes.map((n) => n.id).sort(), name).toEqual([
        "farAway",
        "groupIdeas",
        "plan",
        "reference",
        "welcome",
      ]);
    }
  });

  it("adds no label to a plain edge and keeps a kind-naming label once", () => {
    const canvas = {
      nodes: [
        { id: "a", type: "text" as const, text: "A", x: 0, y: 0, width: 10, height: 10 },
        { id: "b", type: "text" as const, text: "B", x: 50, y: 0, width: 10, height: 10 },
      ],
      edges: [
        { id: "plain", fromNode: "a", toNode: "b" },
        { id: "named", fromNode: "b", toNode: "a", label: "leidt tot" },
      ],
    };
    const { analysis } = fromJsonCanvas(canvas, { title: "t", ...context });
    expect(analysis.edges.map((e) => [e.id, e.kind, e.label])).toEqual([
      ["plain", "causes", ""],
      ["named", "causes", ""],
    ]);
    expect(toJsonCanvas(analysis, new Map(), labels).edges).toEqual(canvas.edges);
  });
});

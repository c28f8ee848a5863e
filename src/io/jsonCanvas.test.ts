import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import type { AnalysisNode } from "../domain/analysis/analysis";
import { exportLabels } from "../i18n/exportLabels";
import { fromJsonCanvas, toJsonCanvas } from "./jsonCanvas";

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
      if (node.type === "text") expect(typeof node.text).toBe("string");
    }
    for (const edge of canvas.edges ?? []) {
      expect(ids).toContain(edge.fromNode);
      expect(ids).toContain(edge.toNode);
      expect(["none", "arrow", undefined]).toContain(edge.toEnd);
    }
  });

  it("makes clusters groups around their cards, cards Markdown quotes with their source, links labelled", () => {
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
        label: "leidt tot",
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
    expect(back.analysis.edges).toEqual(analysis.edges);
  });
});

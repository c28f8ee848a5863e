import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "../../domain/analysis/analysis";
import { evidenceCounts } from "../../domain/analysis/graph";
import { pictureLabels } from "../../i18n/exportLabels";
import { type PictureFrame, pictureSvg } from "./pictureSvg";

const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

function draw(analysis: Analysis, frame: PictureFrame) {
  const picture = pictureSvg(
    {
      analysis,
      evidence: evidenceCounts(analysis),
      sizes: new Map(),
      labels: pictureLabels("nl"),
      title: analysis.title,
      subtitle: "1 januari 2026 · gemaakt met Ontrafel",
    },
    frame,
  );
  const doc = new DOMParser().parseFromString(picture.svg, "image/svg+xml");
  return { picture, doc, text: doc.documentElement.textContent ?? "" };
}

const board = {
  ...makeAnalysis(
    [
      cluster("c", "cause", hostile),
      quoteCard("k", "q", { clusterId: "c" }),
      { ...factor("f", "problem", "Kern"), position: { x: 500, y: -200 } },
      { kind: "note" as const, id: "n", position: { x: 900, y: 0 }, text: `Nog navragen\u0001` },
    ],
    [{ ...link("c", "f"), label: hostile }],
  ),
  title: hostile,
};

/** On-picture font size of every text: inside the board group its size times the group's scale. */
function onPictureSizes(doc: Document): number[] {
  return [...doc.querySelectorAll("text")].map((node) => {
    const group = node.closest("g[transform]");
    const scale = Number(
      /scale\(([\d.e-]+)\)/.exec(group?.getAttribute("transform") ?? "")?.[1] ?? 1,
    );
    return Number(node.getAttribute("font-size")) * scale;
  });
}

describe("the exported picture", () => {
  it("is well-formed XML whose text is the user's text, never markup", () => {
    const { doc } = draw(board, "board");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.getElementsByTagName("img")).toHaveLength(0);
    expect(doc.getElementsByTagName("foreignObject")).toHaveLength(0);
    expect(doc.querySelector("title")?.textContent).toBe(hostile);
  });

  it("draws title, date, every node, the link with its arrow and label, and the legend", () => {
    const { doc, text } = draw(board, "board");
    expect(text).toContain("Citaat q");
    expect(text).toContain("Kern");
    expect(text).toContain("Nog navragen");
    expect(text).toContain("1 januari 2026");
    expect(doc.querySelectorAll("path[marker-end]")).toHaveLength(1);
    for (const word of [
      "Kernprobleem",
      "Oorzaak",
      "Gevolg",
      "leidt tot",
      "hangt samen met",
      "spreekt tegen",
      "aantal onderbouwende citaten",
    ])
      expect(doc.querySelector(".legend")?.textContent).toContain(word);
  });

  it("holds no control of the canvas: no buttons, collapse arrows or vote steppers", () => {
    const { text } = draw(board, "board");
    for (const control of ["Hele citaat", "▼", "▶", "−", "Stemmen"])
      expect(text).not.toContain(control);
  });

  it("draws the whole board at its own size", () => {
    const { picture } = draw(board, "board");
    // From the cluster at x 0 to the note at x 900 (200 wide), plus margins.
    expect(picture.width).toBeGreaterThanOrEqual(1100);
    expect(picture.width).toBeLessThan(1200);
    expect(picture.scale).toBe(1);
  });

  it("fits any board to a 1920 × 1080 slide, every box inside it and every text at least 16 px", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 200, max: 6000 }),
        (clusters, cards, spread) => {
          const nodes = Array.from({ length: clusters }, (_, i) => [
            {
              ...cluster(`c${i}`, i % 3 === 0 ? "cause" : null, `Cluster ${i}`),
              position: { x: (i * spread) % 9000, y: Math.floor(i / 5) * spread },
            },
            ...Array.from({ length: cards }, (_, j) => ({
              ...quoteCard(`k${i}-${j}`, `q${i}-${j}`, { clusterId: `c${i}` }),
              position: { x: 20 + (j % 3) * 270, y: 60 + Math.floor(j / 3) * 150 },
            })),
          ]).flat();
          const { picture, doc } = draw({ ...makeAnalysis(nodes, []), title: "Dia" }, "slide");
          expect([picture.width, picture.height]).toEqual([1920, 1080]);
          expect(Math.min(...onPictureSizes(doc))).toBeGreaterThanOrEqual(16 - 1e-9);
          const group = doc.querySelector("g[transform]")?.getAttribute("transform") ?? "";
          const [, tx, ty, s] =
            /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([\d.e-]+)\)/.exec(group) ?? [];
          for (const rect of doc.querySelectorAll("g[transform] rect")) {
            const x = Number(tx) + Number(rect.getAttribute("x")) * Number(s);
            const y = Number(ty) + Number(rect.getAttribute("y")) * Number(s);
            const w = Number(rect.getAttribute("width")) * Number(s);
            const h = Number(rect.getAttribute("height")) * Number(s);
            expect(x).toBeGreaterThanOrEqual(-0.5);
            expect(y).toBeGreaterThanOrEqual(-0.5);
            expect(x + w).toBeLessThanOrEqual(1920.5);
            expect(y + h).toBeLessThanOrEqual(1080.5);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

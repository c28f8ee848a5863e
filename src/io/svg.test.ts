import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { exportLabels } from "../i18n/exportLabels";
import { analysisSvg } from "./svg";

describe("SVG export", () => {
  const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const analysis = {
    ...makeAnalysis(
      [
        cluster("c", "cause", hostile),
        quoteCard("k", "q", { clusterId: "c" }),
        { ...factor("f", "problem", "Kern"), position: { x: 500, y: -200 } },
        { kind: "note" as const, id: "n", position: { x: 900, y: 0 }, text: `${hostile}\u0001` },
      ],
      [{ ...link("c", "f"), label: hostile }],
    ),
    title: hostile,
  };
  const svg = analysisSvg(analysis, new Map(), exportLabels("nl"), {
    caption: `${hostile} · 1 januari`,
  });

  it("is well-formed XML whose text is the user's text, never markup", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.getElementsByTagName("img")).toHaveLength(0);
    expect(doc.querySelector("title")?.textContent).toBe(hostile);
    expect(doc.documentElement.textContent).toContain("alert");
  });

  it("draws every node, the link with an arrow and its label, and the caption", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const text = doc.documentElement.textContent ?? "";
    expect(text).toContain("Citaat q");
    expect(text).toContain("Kern");
    expect(text).toContain("Oorzaak");
    expect(text).toContain("1 januari");
    expect(doc.querySelectorAll("line[marker-end]")).toHaveLength(1);
  });

  it("sizes the picture to the whole analysis", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const width = Number(doc.documentElement.getAttribute("width"));
    // From the cluster at x 0 to the note at x 900 (200 wide), plus margins.
    expect(width).toBeGreaterThanOrEqual(1100);
    expect(width).toBeLessThan(1300);
  });
});

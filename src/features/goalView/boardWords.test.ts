import { describe, expect, it } from "vitest";
import { factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { countingIds } from "../../domain/analysis/ids";
import { withGoalTree } from "../../domain/goals/derive";
import { setGoalStatus } from "../../domain/goals/operations";
import { translate } from "../../i18n/messages";
import { exportPicture, pictureFileName } from "../transfer/exportFormats";
import { goalPictureSubject } from "./boardWords";

const analysis = () => {
  const base = makeAnalysis(
    [
      factor("kern", "problem", "Slachtoffers worden laat herkend"),
      factor("kennis", "cause", "Te weinig kennis"),
      factor("daders", "symptom", "Daders gaan door"),
    ],
    [link("kennis", "kern"), link("kern", "daders")],
  );
  return { ...withGoalTree(base, countingIds()), title: "Mensenhandel" };
};

describe("the goal tree as a picture subject", () => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate("nl", key, params);
  const subject = goalPictureSubject(t);
  const now = new Date(2026, 11, 5);

  it("draws the goals with the problem tree's renderer, its legend naming goal kinds and 'draagt bij aan'", () => {
    let a = analysis();
    const daders = a.goalTree?.goals.find((g) => g.sourceId === "daders")?.id ?? "";
    a = setGoalStatus(a, daders, "geschrapt");
    const source = {
      analysis: a,
      corpusId: null,
      quotes: [],
      sizes: new Map(),
      selectedNodeIds: new Set<string>(),
      language: "nl" as const,
    };
    const { svg } = exportPicture(source, { onlySelection: false, frame: "board", now, subject });
    // The drawn words, a wrapped label's lines joined again.
    const text = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const words of [
      "Slachtoffers worden laat herkend",
      "Te weinig kennis",
      "Daders gaan door (Geschrapt)",
      "Hoofddoel",
      "Beoogd effect",
      "draagt bij aan",
      "Doelenboom · 5 december 2026",
    ])
      expect(text).toContain(words);
    expect(text).not.toContain("Kernprobleem");
  });

  it("names the file after the analysis and the goal tree", () => {
    expect(pictureFileName(analysis(), { now, subject }, "pdf")).toMatch(
      /^Mensenhandel doelenboom.*\.pdf$/,
    );
  });
});

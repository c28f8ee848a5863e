import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { applyUserCorrections, type Correction, splitPartId } from "../corpus/corrections";
import { followCorrections } from "./followCorrections";
import { countingIds } from "./ids";
import { placeQuotes } from "./operations/place";
import { analysisDrift, quotesById } from "./quoteDrift";

const a = makeQuote({ id: "a", text: "Eerste deel. Tweede deel." });
const b = makeQuote({ id: "b", text: "Begin van een zin" });
const c = makeQuote({ id: "c", text: "die hier doorloopt." });
const parsed = [a, b, c];

function placed() {
  return placeQuotes(
    { ...makeAnalysis(), corpusId: "k" },
    parsed,
    "k",
    { x: 0, y: 0 },
    countingIds(),
  );
}
const base = { corpusId: "k", createdAt: 1, excerpt: "" };

describe("followCorrections", () => {
  it("a card of an edited quote shows the corrected text and no drift", () => {
    const { analysis, nodeIds } = placed();
    const corrected = applyUserCorrections(parsed, [
      { ...base, id: "c1", kind: "edit", quoteId: "a", text: "Nieuwe tekst." },
    ]);
    const { analysis: next, report } = followCorrections(analysis, "k", corrected);
    expect(next.nodes.find((n) => n.id === nodeIds[0])).toMatchObject({
      quoteId: "a",
      snapshot: { text: "Nieuwe tekst." },
    });
    expect(report).toEqual({ updated: 1, split: 0, merged: 0 });
    expect(analysisDrift(next, "k", quotesById(corrected.quotes)).size).toBe(0);
  });

  it("after a split the card holds the part that kept the id and the split is reported", () => {
    const { analysis, nodeIds } = placed();
    const split: Correction = {
      ...base,
      id: "c2",
      kind: "split",
      quoteId: "a",
      text: a.text,
      at: 12,
    };
    const { analysis: next, report } = followCorrections(
      analysis,
      "k",
      applyUserCorrections(parsed, [split]),
    );
    expect(next.nodes.find((n) => n.id === nodeIds[0])).toMatchObject({
      quoteId: "a",
      snapshot: { text: "Eerste deel." },
    });
    expect(report.split).toBe(1);
    expect(splitPartId(split)).not.toBe("a");
  });

  it("after a merge the card of the second quote refers to the merged quote", () => {
    const { analysis, nodeIds } = placed();
    const merge: Correction = { ...base, id: "c3", kind: "merge", quoteId: "b", nextId: "c" };
    const { analysis: next, report } = followCorrections(
      analysis,
      "k",
      applyUserCorrections(parsed, [merge]),
    );
    const merged = "Begin van een zin die hier doorloopt.";
    expect(next.nodes.find((n) => n.id === nodeIds[1])).toMatchObject({
      quoteId: "b",
      snapshot: { text: merged },
    });
    expect(next.nodes.find((n) => n.id === nodeIds[2])).toMatchObject({
      quoteId: "b",
      snapshot: { text: merged },
    });
    expect(report).toEqual({ updated: 1, split: 0, merged: 1 });
  });

  it("leaves parser drift alone: an untouched quote with other text keeps its snapshot", () => {
    const { analysis } = placed();
    const reparsed = [{ ...a, text: "Parser gaf iets anders." }, b, c];
    const corrected = applyUserCorrections(reparsed, []);
    expect(followCorrections(analysis, "k", corrected).analysis).toBe(analysis);
  });

  it("undoing an edit brings the card back to the parsed text", () => {
    const { analysis } = placed();
    const edited = followCorrections(
      analysis,
      "k",
      applyUserCorrections(parsed, [
        { ...base, id: "c1", kind: "edit", quoteId: "a", text: "Nieuw." },
      ]),
    ).analysis;
    const undone = followCorrections(edited, "k", applyUserCorrections(parsed, []), new Set(["a"]));
    expect(undone.analysis.nodes[0]).toMatchObject({ snapshot: { text: a.text } });
  });
});

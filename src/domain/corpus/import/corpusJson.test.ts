import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../../tests/helpers/quoteFactory";
import { exportCorpusFile, parseCorpusJson } from "./corpusJson";

describe("corpus JSON format", () => {
  it("round-trips an exported corpus with the same quotes and ids", () => {
    const quotes = [makeQuote({ id: "q_a", text: "Een." }), makeQuote({ id: "q_b", page: null })];
    const file = exportCorpusFile("Mijn corpus", quotes, new Date("2026-01-02T03:04:05Z"));
    const result = parseCorpusJson(JSON.stringify(file), "mijn.json");
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.name).toBe("Mijn corpus");
    expect(result.value.quotes).toEqual(quotes);
  });

  it("fills what a hand-written file leaves out and derives ids", () => {
    const result = parseCorpusJson(
      JSON.stringify({
        format: "ontrafel-corpus",
        version: 1,
        name: "Handwerk",
        quotes: [{ text: "Kort citaat.", chapterTitle: "Alles" }],
      }),
      "hand.json",
    );
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.quotes[0]).toMatchObject({
      text: "Kort citaat.",
      chapter: 1,
      chapterTitle: "Alles",
      section: "",
      sectionTitle: null,
      page: null,
      source: "hand.json",
      pullQuote: false,
    });
    expect(result.value.quotes[0]?.id).toMatch(/^q_/);
  });

  it("names the path of the first invalid field", () => {
    const bad = {
      format: "ontrafel-corpus",
      version: 1,
      name: "x",
      quotes: [{ text: "goed" }, { text: "fout", page: -3 }],
    };
    expect(parseCorpusJson(JSON.stringify(bad), "x.json")).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "quotes[1].page" },
    });
  });

  it("refuses text that is not JSON, and JSON of another format", () => {
    expect(parseCorpusJson("{ kapot", "x.json")).toMatchObject({
      ok: false,
      error: { kind: "syntax" },
    });
    expect(parseCorpusJson('{"format":"excalidraw"}', "x.json")).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "format" },
    });
  });

  it("recognises an analysis file: it belongs to the analysis import", () => {
    expect(parseCorpusJson('{"format":"ontrafel-analysis"}', "x.ontrafel.json")).toEqual({
      ok: false,
      error: { kind: "belongsElsewhere", is: "analysis" },
    });
  });
});

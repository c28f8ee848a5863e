import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { matchesFilter, outlineOf } from "./outline";

describe("outlineOf", () => {
  it("counts quotes per chapter and per section, sections in numeric order", () => {
    const quotes = [
      makeQuote({ chapter: 2, section: "2.10", sectionTitle: "Tien" }),
      makeQuote({ chapter: 2, section: "2.9", sectionTitle: "Negen" }),
      makeQuote({ chapter: 2, section: "2.10", sectionTitle: "Tien" }),
      makeQuote({ chapter: 1, section: "1.2", sectionTitle: "Kwetsbare groepen" }),
    ];
    expect(outlineOf(quotes)).toEqual([
      {
        chapter: 1,
        title: "Trends en ontwikkelingen",
        count: 1,
        sections: [{ section: "1.2", title: "Kwetsbare groepen", count: 1 }],
      },
      {
        chapter: 2,
        title: "Problemen",
        count: 3,
        sections: [
          { section: "2.9", title: "Negen", count: 1 },
          { section: "2.10", title: "Tien", count: 2 },
        ],
      },
    ]);
  });

  it("takes a section title from any quote that knows it", () => {
    const quotes = [
      makeQuote({ section: "2.7", sectionTitle: null }),
      makeQuote({ section: "2.7", sectionTitle: "Preventie" }),
    ];
    expect(outlineOf(quotes)[0]?.sections[0]?.title).toBe("Preventie");
  });
});

describe("matchesFilter", () => {
  const quote = makeQuote({ chapter: 3, section: "3.4" });
  it("passes everything without a filter and narrows by chapter and section", () => {
    expect(matchesFilter(quote, { chapter: null, section: null })).toBe(true);
    expect(matchesFilter(quote, { chapter: 3, section: null })).toBe(true);
    expect(matchesFilter(quote, { chapter: 2, section: null })).toBe(false);
    expect(matchesFilter(quote, { chapter: null, section: "3.5" })).toBe(false);
  });
});

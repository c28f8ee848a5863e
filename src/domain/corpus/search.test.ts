import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import {
  buildQuoteSearch,
  foldTerm,
  highlightSegments,
  loadQuoteSearch,
  serializeQuoteSearch,
} from "./search";

const quotes = [
  makeQuote({
    id: "avg",
    text: "De angst bij professionals iets verkeerd te doen rondom de ingewikkelde AVG bemoeilijkt gegevensdeling.",
  }),
  makeQuote({
    id: "coordinator",
    text: "Kwetsbaarheid solo-functie zorgcoördinator (enige regio solist).",
  }),
  makeQuote({
    id: "opvang",
    text: "De opvang is gericht op individuen, maar er worden steeds meer gezinnen aangetroffen.",
    sectionTitle: "Zorg en opvang",
  }),
];
const search = buildQuoteSearch(quotes);
const ids = (query: string) => search.search(query).map((h) => h.id);

describe("quote search", () => {
  it("finds a quote by a word from the middle of its text", () => {
    expect(ids("verkeerd")).toEqual(["avg"]);
  });

  it("tolerates a typo", () => {
    expect(ids("gegevensdeeling")).toEqual(["avg"]);
    expect(ids("individuuen")).toEqual(["opvang"]);
  });

  it("matches prefixes while typing", () => {
    expect(ids("gezin")).toEqual(["opvang"]);
  });

  it("ignores diacritics in both directions", () => {
    expect(ids("zorgcoordinator")).toEqual(["coordinator"]);
    expect(ids("ANGST")).toEqual(["avg"]);
  });

  it("requires every word of a multi-word query", () => {
    expect(ids("angst gezinnen")).toEqual([]);
    expect(ids("angst avg")).toEqual(["avg"]);
  });

  it("gives nothing for an empty or punctuation-only query", () => {
    expect(search.search("")).toEqual([]);
    expect(search.search("  ?! ")).toEqual([]);
  });

  it("reports the matched terms for highlighting", () => {
    const [hit] = search.search("verkeerd");
    expect(hit?.terms).toContain("verkeerd");
  });
});

describe("highlightSegments", () => {
  it("marks whole words whose folded form matched, keeping all text", () => {
    const text = "Zorgcoördinator en zorg.";
    const segments = highlightSegments(text, [foldTerm("zorgcoördinator")]);
    expect(segments).toEqual([
      { text: "Zorgcoördinator", match: true },
      { text: " en zorg.", match: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("returns the text unchanged without terms", () => {
    expect(highlightSegments("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", match: false }]);
  });
});

describe("a serialised search index (built in the import worker)", () => {
  it("finds the same quotes, in the same order, as an index built here", () => {
    const quotes = [
      makeQuote({ id: "a", text: "De coördinator van de opvang belt terug." }),
      makeQuote({ id: "b", text: "Opvang voor slachtoffers ontbreekt." }),
      makeQuote({ id: "c", text: "Niets over dit onderwerp." }),
    ];
    const loaded = loadQuoteSearch(serializeQuoteSearch(quotes));
    for (const query of ["opvang", "coordinator", "slachtofers"]) {
      expect(loaded.search(query)).toEqual(buildQuoteSearch(quotes).search(query));
    }
    expect(
      loaded
        .search("opvang")
        .map((h) => h.id)
        .sort(),
    ).toEqual(["a", "b"]);
  });
});

import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { buildQuoteSearch } from "../../domain/corpus/search";
import { libraryView } from "./libraryRows";

const quotes = [
  makeQuote({ id: "a", chapter: 1, section: "1.1", text: "Steeds jongere slachtoffers." }),
  makeQuote({ id: "b", chapter: 1, section: "1.1", text: "Toenemende groep zwerfjongeren." }),
  makeQuote({ id: "c", chapter: 2, section: "2.1", text: "Wantrouwen jegens autoriteiten." }),
];
const search = buildQuoteSearch(quotes);
const noFilter = { chapter: null, section: null };

describe("libraryView", () => {
  it("groups quotes under chapter and section headers with counts", () => {
    const view = libraryView(quotes, search, "", noFilter);
    expect(view.byRelevance).toBe(false);
    expect(view.quoteCount).toBe(3);
    expect(
      view.rows.map((r) => (r.kind === "quote" ? r.quote.id : `${r.kind}:${r.count}`)),
    ).toEqual(["chapter:2", "section:2", "a", "b", "chapter:1", "section:1", "c"]);
  });

  it("lists search hits by relevance inside the active filter", () => {
    const view = libraryView(quotes, search, "jongere", noFilter);
    expect(view.byRelevance).toBe(true);
    expect(view.rows.every((r) => r.kind === "quote")).toBe(true);
    expect(view.quoteCount).toBeGreaterThan(0);
    expect(
      libraryView(quotes, search, "wantrouwen", { chapter: 1, section: null }).quoteCount,
    ).toBe(0);
  });

  it("narrows to one section", () => {
    const view = libraryView(quotes, search, "", { chapter: null, section: "2.1" });
    expect(view.quoteCount).toBe(1);
  });
});

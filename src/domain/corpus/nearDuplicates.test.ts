import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { nearDuplicateGroups } from "./nearDuplicates";

describe("near-duplicate quotes", () => {
  it("groups quotes with the same words, whatever their case, accents, punctuation or lines", () => {
    const quotes = [
      makeQuote({ id: "a", text: "Veel sepots in mensenhandel-zaken.", page: 11 }),
      makeQuote({ id: "b", text: "Iets anders.", page: 11 }),
      makeQuote({ id: "c", text: "veel Sepots in\nmensenhandel zaken", page: 31 }),
      makeQuote({ id: "d", text: "De zorgcoördinator is belegd.", page: 45 }),
      makeQuote({ id: "e", text: "De zorgcoordinator is belegd!", page: 45 }),
    ];
    expect(nearDuplicateGroups(quotes)).toEqual([
      ["a", "c"],
      ["d", "e"],
    ]);
  });

  it("groups an excerpt with the quote it repeats on the same page only", () => {
    const body =
      "Slachtoffers durven geen aangifte te doen omdat zij bang zijn voor de daders en hun netwerk.";
    const quotes = [
      makeQuote({ id: "body", text: body, page: 21, source: "s" }),
      makeQuote({
        id: "pull",
        text: "bang zijn voor de daders en hun netwerk",
        page: 21,
        source: "s",
      }),
      makeQuote({
        id: "elsewhere",
        text: "bang zijn voor de daders en hun netwerk",
        page: 23,
        source: "s",
      }),
      makeQuote({ id: "short", text: "de daders", page: 21, source: "s" }),
    ];
    expect(nearDuplicateGroups(quotes)).toEqual([["body", "pull", "elsewhere"]]);
  });

  it("finds none in a corpus of different quotes", () => {
    expect(
      nearDuplicateGroups([makeQuote({ text: "Een." }), makeQuote({ text: "Twee." })]),
    ).toEqual([]);
  });
});

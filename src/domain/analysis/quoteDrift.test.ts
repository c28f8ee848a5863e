import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { QuoteNode } from "./analysis";
import { quoteSnapshot } from "./operations/place";
import { analysisDrift, quoteDrift, quotesById } from "./quoteDrift";

const q1 = makeQuote({ id: "q1", text: "De wachtlijsten zijn te lang." });
const q2 = makeQuote({ id: "q2", text: "Niemand luistert." });

function card(id: string, quote = q1, corpusId = "seed"): QuoteNode {
  return {
    kind: "quote",
    id,
    position: { x: 0, y: 0 },
    clusterId: null,
    quoteId: quote.id,
    corpusId,
    snapshot: quoteSnapshot(quote),
  };
}

describe("quoteDrift", () => {
  it("is the same when the corpus still holds the quote as it was placed", () => {
    expect(quoteDrift(card("c"), quotesById([q1, q2]))).toBe("same");
  });

  it("is changed when the text or its place in the corpus changed", () => {
    expect(quoteDrift(card("c"), quotesById([{ ...q1, text: "Anders." }]))).toBe("changed");
    expect(quoteDrift(card("c"), quotesById([{ ...q1, page: 99 }]))).toBe("changed");
    expect(quoteDrift(card("c"), quotesById([{ ...q1, sectionTitle: null }]))).toBe("changed");
  });

  it("ignores fields a card does not keep", () => {
    expect(quoteDrift(card("c"), quotesById([{ ...q1, pullQuote: true }]))).toBe("same");
  });

  it("is missing when the quote vanished", () => {
    expect(quoteDrift(card("c"), quotesById([q2]))).toBe("missing");
  });
});

describe("analysisDrift", () => {
  it("lists only drifted cards of the given corpus", () => {
    const analysis = makeAnalysis([
      card("same", q2),
      card("gone", q1),
      card("other", q1, "another-corpus"),
      factor("f"),
    ]);
    expect(analysisDrift(analysis, "seed", quotesById([q2]))).toEqual(
      new Map([["gone", "missing"]]),
    );
  });
});

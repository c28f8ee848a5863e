import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { CorpusRecord } from "../../persistence/db";
import { createAppStore } from "../createAppStore";

const record = (importedAt: number): CorpusRecord => ({
  id: "seed",
  name: "Bloemlezing",
  kind: "seed",
  contentHash: "h",
  parserVersion: 1,
  quoteCount: 2,
  importedAt,
});

describe("corpusLoaded", () => {
  const quotes = [
    makeQuote({ id: "a", text: "Slachtoffers worden steeds jonger." }),
    makeQuote({ id: "b", text: "Informatie delen loopt vast." }),
  ];

  it("keeps the search index built for the same quotes, shown again with their stored record", () => {
    const store = createAppStore();
    store.getState().corpusLoaded(record(2000), quotes, false);
    const index = store.getState().quoteSearch;
    store.getState().corpusLoaded(record(1000), quotes, true);
    expect(store.getState().quoteSearch).toBe(index);
    expect(store.getState().corpusStatus).toMatchObject({ corpus: { importedAt: 1000 } });
  });

  it("searches the new text once a quote is corrected", () => {
    const store = createAppStore();
    store.getState().corpusLoaded(record(1000), quotes, true);
    expect(
      store
        .getState()
        .quoteSearch?.search("jonger")
        .map((hit) => hit.id),
    ).toEqual(["a"]);
    const corrected = [{ ...quotes[0], text: "Daders worden steeds ouder." }, quotes[1]];
    store.getState().corpusLoaded(record(1000), corrected as typeof quotes, true);
    expect(
      store
        .getState()
        .quoteSearch?.search("ouder")
        .map((hit) => hit.id),
    ).toEqual(["a"]);
    expect(store.getState().quoteSearch?.search("jonger")).toEqual([]);
  });
});

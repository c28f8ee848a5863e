import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../tests/helpers/analysisFactory";
import { databasePerTest } from "../../tests/helpers/databasePerTest";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import { countingIds } from "../domain/analysis/ids";
import { placeQuotes } from "../domain/analysis/operations/place";
import { analysisDrift, quotesById } from "../domain/analysis/quoteDrift";
import type { Quote } from "../domain/corpus/quote";
import { loadAnalysis, saveAnalysis } from "../persistence/analysisRepo";
import { type CorpusSource, loadOrImportCorpus } from "../persistence/corpusRepo";

const db = databasePerTest("corpus-update");

function source(quotes: Quote[], contentHash: string, parserVersion: number): CorpusSource {
  return {
    id: "seed",
    name: "Bloemlezing",
    kind: "seed",
    contentHash,
    parserVersion,
    parse: () => quotes,
  };
}

describe("a corpus update", () => {
  it("keeps every analysis intact and reports changed and vanished quotes", async () => {
    const kept = makeQuote({ id: "q-kept", text: "Blijft zoals het is." });
    const fixed = makeQuote({ id: "q-fixed", text: "Een citaat met een fout ,zo." });
    const gone = makeQuote({ id: "q-gone", text: "Verdwijnt bij de nieuwe versie." });
    const v1 = await loadOrImportCorpus(db(), source([kept, fixed, gone], "h1", 1));
    expect(v1.imported).toBe(true);

    const placed = placeQuotes(
      { ...makeAnalysis(), corpusId: "seed" },
      v1.quotes,
      "seed",
      { x: 0, y: 0 },
      countingIds(),
    );
    await saveAnalysis(db(), placed.analysis);
    const [keptCard, fixedCard, goneCard] = placed.nodeIds;

    const v2 = await loadOrImportCorpus(
      db(),
      source([kept, { ...fixed, text: "Een citaat met een fout, zo.", page: 12 }], "h2", 2),
    );
    expect(v2.imported).toBe(true);
    expect(v2.quotes).toHaveLength(2);

    const reopened = await loadAnalysis(db(), placed.analysis.id);
    expect(reopened).toEqual({ ok: true, value: placed.analysis });
    if (!reopened?.ok) throw new Error("unreadable");
    const drift = analysisDrift(reopened.value, v2.corpus.id, quotesById(v2.quotes));
    expect(drift).toEqual(
      new Map([
        [fixedCard, "changed"],
        [goneCard, "missing"],
      ]),
    );
    expect(drift.has(keptCard as string)).toBe(false);
    // The cards still show the text as it was placed.
    expect(reopened.value.nodes.find((x) => x.id === goneCard)).toMatchObject({
      snapshot: { text: "Verdwijnt bij de nieuwe versie." },
    });
  });
});

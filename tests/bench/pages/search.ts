import MiniSearch from "minisearch";
import type { Quote } from "../../../src/domain/corpus/quote";
import { buildQuoteSearch } from "../../../src/domain/corpus/search";
import { makeSyntheticQuotes } from "../../helpers/syntheticCorpus";
import { makeBenchQueries } from "./benchQueries";

/** What scripts/bench reads back from the page. */
export interface SearchBenchResult {
  quotes: number;
  queries: number;
  buildMs: number;
  /** Milliseconds per query, one sample per timed query. */
  samples: number[];
  /** The floor: MiniSearch alone (its own tokenizer, no folding) on the same documents. */
  floorBuildMs: number;
  floorSamples: number[];
}

/** MiniSearch as it comes, on the same fields, with the same prefix, typo and AND rules. */
function plainMiniSearch(quotes: readonly Quote[]) {
  const index = new MiniSearch<Quote>({ fields: ["text", "sectionTitle"], storeFields: [] });
  index.addAll(quotes as Quote[]);
  return (query: string) =>
    index.search(query, {
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0),
      maxFuzzy: 2,
      combineWith: "AND",
      boost: { text: 2 },
    });
}

declare global {
  interface Window {
    __benchResult?: SearchBenchResult | { error: string };
  }
}

// ?quotes=20000&queries=200&passes=3 — the bench passes smaller numbers in smoke mode.
function numberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function run(): SearchBenchResult {
  const quoteCount = numberParam("quotes", 20_000);
  const queryCount = numberParam("queries", 200);
  const passes = numberParam("passes", 3);
  const quotes = makeSyntheticQuotes(quoteCount);
  const queries = makeBenchQueries(quotes, queryCount);

  const buildStart = performance.now();
  const search = buildQuoteSearch(quotes);
  // The index is built lazily (when the page is idle, or by the first query): build it here.
  search.prepare();
  const buildMs = performance.now() - buildStart;
  const floorStart = performance.now();
  const floor = plainMiniSearch(quotes);
  const floorBuildMs = performance.now() - floorStart;

  // Warm-up pass: lets the JIT compile the search path before anything is timed.
  for (const query of queries) {
    search.search(query);
    floor(query);
  }

  const samples: number[] = [];
  const floorSamples: number[] = [];
  let hits = 0;
  // Ours and the floor query by query, so both see the same moments of the machine.
  for (let pass = 0; pass < passes; pass++) {
    for (const query of queries) {
      const start = performance.now();
      hits += search.search(query).length;
      const between = performance.now();
      hits += floor(query).length;
      floorSamples.push(performance.now() - between);
      samples.push(between - start);
    }
  }
  // Keeps the results observable so no engine may drop the searches as dead code.
  if (hits < 0) console.log(hits);
  return { quotes: quoteCount, queries: queryCount, buildMs, samples, floorBuildMs, floorSamples };
}

// After load, so navigation finishes at once and the bench waits on the result alone.
setTimeout(() => {
  const status = document.getElementById("status");
  try {
    window.__benchResult = run();
    if (status) status.textContent = "Done";
  } catch (error) {
    window.__benchResult = { error: String(error) };
    if (status) status.textContent = `Failed: ${String(error)}`;
  }
}, 0);

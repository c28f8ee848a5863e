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
  const buildMs = performance.now() - buildStart;

  // Warm-up pass: lets the JIT compile the search path before anything is timed.
  for (const query of queries) search.search(query);

  const samples: number[] = [];
  let hits = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const query of queries) {
      const start = performance.now();
      hits += search.search(query).length;
      samples.push(performance.now() - start);
    }
  }
  // Keeps the results observable so no engine may drop the searches as dead code.
  if (hits < 0) console.log(hits);
  return { quotes: quoteCount, queries: queryCount, buildMs, samples };
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

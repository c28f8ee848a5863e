import { parseSeedFiles } from "../../../src/domain/corpus/parse";
import type { Quote } from "../../../src/domain/corpus/quote";
import { lexicalSource } from "../../../src/domain/suggest/similarity";
import { createSuggestClient } from "../../../src/services/suggest/suggestClient";
import { makeSyntheticQuotes } from "../../helpers/syntheticCorpus";
import { runWhenLoaded } from "./runWhenLoaded";

const texts = import.meta.glob<string>("../../../seeds/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** What scripts/bench reads back from the page (milliseconds throughout). */
export interface SuggestBenchResult {
  seedQuotes: number;
  /** One "similar quotes" question through the worker, per sample (seed corpus, large corpus). */
  similarSeed: number[];
  similarLarge: number[];
  largeQuotes: number;
  /** The worker's first question on the large corpus: indexing it. */
  indexLargeMs: number;
  /** The floor of a question: a message to a worker and back (echo). */
  roundTrip: number[];
  /** Proposals for every seed quote and for `proposeQuotes` synthetic ones, index built. */
  proposeSeedMs: number;
  proposeQuotes: number;
  proposeLargeMs: number;
  /** The floor of clustering: every pairwise similarity of the same quotes, on this page. */
  pairwiseSeedMs: number;
  pairwiseLargeMs: number;
  /** Longest main-thread task while proposals were computed (0: none of 50 ms or more). */
  longestTaskMs: number;
}

declare global {
  interface Window {
    __suggestResult?: SuggestBenchResult | { error: string };
  }
}

function numberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const corpusOf = (quotes: readonly Quote[]) => ({
  ids: quotes.map((q) => q.id),
  texts: quotes.map((q) => q.text),
});

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function similarSamples(quotes: readonly Quote[], questions: number): Promise<number[]> {
  const client = createSuggestClient();
  client.setCorpus(corpusOf(quotes));
  await client.similar(quotes[0]?.id ?? "", 5);
  const samples: number[] = [];
  for (let i = 0; i < questions; i++) {
    const quote = quotes[(i * 7919) % quotes.length] as Quote;
    samples.push(await time(() => client.similar(quote.id, 5)));
  }
  client.dispose();
  return samples;
}

/** Proposals for all `quotes` (about one cluster per eight), timed once the index is built. */
async function proposeMs(quotes: readonly Quote[]): Promise<number> {
  const client = createSuggestClient();
  client.setCorpus(corpusOf(quotes));
  await client.similar(quotes[0]?.id ?? "", 1);
  const ms = await time(() =>
    client.propose(
      quotes.map((q) => q.id),
      Math.round(quotes.length / 8),
    ),
  );
  client.dispose();
  return ms;
}

function pairwiseMs(quotes: readonly Quote[]): number {
  const index = lexicalSource().index(quotes.map((q) => q.text));
  const start = performance.now();
  const pairs = index.pairwise(quotes.map((_, i) => i));
  const ms = performance.now() - start;
  if (pairs.length < 0) console.log(pairs.length);
  return ms;
}

async function run(): Promise<SuggestBenchResult> {
  const questions = numberParam("questions", 200);
  const largeQuotes = numberParam("large", 20_000);
  const proposeQuotes = numberParam("propose", 5_000);
  const seed = parseSeedFiles(
    Object.entries(texts)
      .map(([path, text]) => ({ name: path.slice(path.lastIndexOf("/") + 1), text }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

  const echo = new Worker(new URL("./echoWorker.ts", import.meta.url), { type: "module" });
  const roundTrip: number[] = [];
  for (let i = 0; i < questions; i++) {
    roundTrip.push(
      await time(
        () =>
          new Promise<void>((resolve) => {
            echo.onmessage = () => resolve();
            echo.postMessage({ kind: "similar", id: i, quoteId: "q", count: 5 });
          }),
      ),
    );
  }
  echo.terminate();

  const similarSeed = await similarSamples(seed, questions);
  const large = makeSyntheticQuotes(largeQuotes);
  const largeClient = createSuggestClient();
  largeClient.setCorpus(corpusOf(large));
  const indexLargeMs = await time(() => largeClient.similar(large[0]?.id ?? "", 5));
  largeClient.dispose();
  const similarLarge = await similarSamples(large, questions);

  // Made before the watch starts: generating the quotes is no part of the suggestions' work.
  // A long task is reported when it ends, so the one that builds them must end first.
  const proposing = makeSyntheticQuotes(proposeQuotes);
  await new Promise((resolve) => setTimeout(resolve, 0));
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: "longtask" });
  const proposeSeedMs = await proposeMs(seed);
  const proposeLargeMs = await proposeMs(proposing);
  // Long tasks are reported after they end: one more turn before reading.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();

  return {
    seedQuotes: seed.length,
    similarSeed,
    similarLarge,
    largeQuotes,
    indexLargeMs,
    roundTrip,
    proposeSeedMs,
    proposeQuotes,
    proposeLargeMs,
    pairwiseSeedMs: pairwiseMs(seed),
    pairwiseLargeMs: pairwiseMs(proposing),
    longestTaskMs,
  };
}

runWhenLoaded(run, (outcome) => {
  window.__suggestResult = outcome;
});

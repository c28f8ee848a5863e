/**
 * How good the suggestions are, measured against the bloemlezing's own themes (its numbered
 * sections, a fair weak gold): `npm run --silent eval:suggest` (`-- --json FILE` also writes
 * the numbers as JSON).
 *
 * Per chapter, the quotes are clustered with the theme labels hidden into as many clusters as
 * the chapter has themes, and scored by adjusted Rand index (ARI) and normalised mutual
 * information (NMI) beside two baselines of the same run: random clusters of the same sizes as
 * the engine's (seeded, mean of RANDOM_DRAWS draws) and the same clustering on plain word
 * counts (no stemming, no bigrams, no TF-IDF, no latent directions). For "similar quotes": precision@5, the share of
 * each quote's five most similar quotes in its chapter that have its theme, against the theme
 * base rate (the share a random pick would have).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseSeedFiles } from "../src/domain/corpus/parse/index";
import { adjustedRandIndex, normalisedMutualInformation } from "../src/domain/suggest/agreement";
import { MIN_FIT_SCORE } from "../src/domain/suggest/engine";
import { clusterMembers } from "../src/domain/suggest/proposals";
import {
  blendedSource,
  lexicalSource,
  type SimilarityIndex,
} from "../src/domain/suggest/similarity";
import { WORD_COUNTS } from "../src/domain/suggest/vectors";
import { seededRandom } from "../tests/helpers/syntheticCorpus";
import { dragFitReport } from "./eval/dragFit";

const RANDOM_DRAWS = 200;
const TOP = 5;

// The corpus exactly as the app bundles it (scripts/seedCorpusPlugin.ts): the seed parser
// with its reviewed corrections.
const seedDir = join(import.meta.dirname, "..", "seeds");
const files = readdirSync(seedDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
const quotes = parseSeedFiles(files);
const texts = quotes.map((q) => q.text);

const started = performance.now();
const engine = blendedSource().index(texts);
const counts = lexicalSource(WORD_COUNTS, "counts").index(texts);

/** Cluster number per member, in member order (singletons are clusters of their own). */
function labelsOf(index: SimilarityIndex, members: readonly number[], k: number): number[] {
  const label = new Map<number, number>();
  clusterMembers(index, members, k).forEach((group, g) => {
    for (const member of group) label.set(member, g);
  });
  return members.map((m) => label.get(m) as number);
}

/** A random partition with the given cluster sizes (Fisher–Yates on the labels). */
function shuffled(labels: readonly number[], random: () => number): number[] {
  const out = [...labels];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

function precisionAtTop(index: SimilarityIndex, members: readonly number[], truth: string[]) {
  const among = new Set(members);
  const themeOf = new Map(members.map((m, i) => [m, truth[i] as string]));
  let sum = 0;
  for (const m of members) {
    const wanted = Math.min(TOP, members.length - 1);
    const hits = index
      .nearest(m, wanted, among)
      .filter((n) => themeOf.get(n.index) === themeOf.get(m)).length;
    sum += hits / wanted;
  }
  return sum / members.length;
}

interface ChapterScore {
  chapter: number;
  quotes: number;
  themes: number;
  ari: { engine: number; random: number; randomSd: number; counts: number };
  nmi: { engine: number; random: number; randomSd: number; counts: number };
  precisionAt5: { engine: number; counts: number; baseRate: number };
  beatsBaselines: boolean;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const mu = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - mu) ** 2)));
};

const chapters = [...new Set(quotes.map((q) => q.chapter))].sort((a, b) => a - b);
const scores: ChapterScore[] = chapters.map((chapter) => {
  const members = quotes.flatMap((q, i) => (q.chapter === chapter ? [i] : []));
  const truth = members.map((m) => (quotes[m] as (typeof quotes)[number]).section);
  const themes = new Set(truth).size;
  const ours = labelsOf(engine, members, themes);
  const plain = labelsOf(counts, members, themes);
  const random = seededRandom(19 * 1000 + chapter);
  const draws = Array.from({ length: RANDOM_DRAWS }, () => shuffled(ours, random));
  const randomAri = draws.map((d) => adjustedRandIndex(truth, d));
  const randomNmi = draws.map((d) => normalisedMutualInformation(truth, d));
  const themeSize = new Map<string, number>();
  for (const t of truth) themeSize.set(t, (themeSize.get(t) ?? 0) + 1);
  const baseRate = mean(
    truth.map((t) => ((themeSize.get(t) as number) - 1) / (members.length - 1)),
  );
  const ari = {
    engine: adjustedRandIndex(truth, ours),
    random: mean(randomAri),
    randomSd: sd(randomAri),
    counts: adjustedRandIndex(truth, plain),
  };
  const nmi = {
    engine: normalisedMutualInformation(truth, ours),
    random: mean(randomNmi),
    randomSd: sd(randomNmi),
    counts: normalisedMutualInformation(truth, plain),
  };
  const precisionAt5 = {
    engine: precisionAtTop(engine, members, truth),
    counts: precisionAtTop(counts, members, truth),
    baseRate,
  };
  return {
    chapter,
    quotes: members.length,
    themes,
    ari,
    nmi,
    precisionAt5,
    beatsBaselines:
      ari.engine > Math.max(ari.random, ari.counts) &&
      nmi.engine > Math.max(nmi.random, nmi.counts) &&
      precisionAt5.engine > Math.max(precisionAt5.counts, precisionAt5.baseRate),
  };
});
// "Bij welk cluster hoort dit?": the fit scores behind its minimum (MIN_FIT_SCORE).
const dragFit = dragFitReport(engine, quotes, [
  0.01,
  0.015,
  MIN_FIT_SCORE,
  0.025,
  0.03,
  0.04,
  0.05,
]);
const seconds = (performance.now() - started) / 1000;

const f = (x: number) => x.toFixed(3);
const rows = [
  [
    "ch",
    "quotes",
    "themes",
    "ARI",
    "ARI rnd",
    "ARI cnt",
    "NMI",
    "NMI rnd",
    "NMI cnt",
    "P@5",
    "P@5 cnt",
    "base",
    "beats",
  ],
  ...scores.map((s) => [
    String(s.chapter),
    String(s.quotes),
    String(s.themes),
    f(s.ari.engine),
    `${f(s.ari.random)}±${f(s.ari.randomSd)}`,
    f(s.ari.counts),
    f(s.nmi.engine),
    `${f(s.nmi.random)}±${f(s.nmi.randomSd)}`,
    f(s.nmi.counts),
    f(s.precisionAt5.engine),
    f(s.precisionAt5.counts),
    f(s.precisionAt5.baseRate),
    s.beatsBaselines ? "yes" : "NO",
  ]),
];
const widths = (rows[0] as string[]).map((_, c) =>
  Math.max(...rows.map((r) => (r[c] as string).length)),
);
const line = (r: string[]) => r.map((cell, c) => cell.padStart(widths[c] as number)).join("  ");
console.log(
  `Suggestions against the bloemlezing's themes: ${quotes.length} quotes, ${chapters.length} chapters (${seconds.toFixed(1)} s)`,
);
console.log(
  "rnd: random clusters of the engine's sizes (mean±sd of 200 seeded draws); cnt: word counts",
);
console.log(line(rows[0] as string[]));
for (const r of rows.slice(1)) console.log(line(r));
const { noSharedWord: none, ownTheme } = dragFit;
console.log(
  `Drag fit (clusters of a theme's first ${dragFit.clusterSize} quotes): no shared word (${none.pairs} fits) p50 ${f(none.p50)} p90 ${f(none.p90)} p95 ${f(none.p95)} p99 ${f(none.p99)} max ${f(none.max)}; own theme (${ownTheme.pairs}) p10 ${f(ownTheme.p10)} p25 ${f(ownTheme.p25)} p50 ${f(ownTheme.p50)}`,
);
for (const t of dragFit.thresholds)
  console.log(
    `${t.min === MIN_FIT_SCORE ? "* " : "  "}min ${f(t.min)}: own-theme fits kept ${f(t.ownKept)}, no-shared-word fits kept ${f(t.noSharedKept)}, best fit is own theme ${f(t.bestIsOwn)}`,
  );
const jsonAt = process.argv.indexOf("--json");
const report = {
  quotes: quotes.length,
  randomDraws: RANDOM_DRAWS,
  chapters: scores,
  dragFit,
};
if (jsonAt >= 0 && process.argv[jsonAt + 1]) {
  writeFileSync(process.argv[jsonAt + 1] as string, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`eval:suggest: JSON written to ${process.argv[jsonAt + 1]}`);
} else console.log(JSON.stringify(report));
process.exitCode = scores.every((s) => s.beatsBaselines) ? 0 : 1;

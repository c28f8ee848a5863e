/**
 * Scores the seed parser against the hand-checked pages in tests/fixtures/seed-pages, per
 * page, for the parser alone and with the reviewed corrections: `npm run --silent accuracy`
 * (`-- -v` lists the misses; those of the unseen pages only with `-- -v --unseen`).
 *
 * Pages are grouped as the parser was developed: "original" (its first fixture), "tuning"
 * (added later and looked at while improving the parser) and "unseen" (added at the same
 * time but kept out of sight while tuning, so their score says how the parser generalises).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type FixturePage,
  type PageScore,
  scoreAgainstFixture,
} from "../src/domain/corpus/parse/accuracy";
import { parseSeedFiles } from "../src/domain/corpus/parse/index";

const GROUPS: Record<string, readonly number[]> = {
  original: [11, 21, 28, 29, 41, 53],
  tuning: [13, 23, 37, 45, 55],
  unseen: [19, 31, 43, 51, 59],
};

const root = join(import.meta.dirname, "..");
const seedDir = join(root, "seeds");
const fixtureDir = join(root, "tests", "fixtures", "seed-pages");
const files = readdirSync(seedDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^page-\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(fixtureDir, name), "utf8")) as FixturePage)
  .sort((a, b) => a.page - b.page);
const verbose = process.argv.includes("-v");
const showUnseen = process.argv.includes("--unseen");
const groupOf = (page: number) =>
  Object.entries(GROUPS).find(([, pages]) => pages.includes(page))?.[0] ?? "other";

const runs = [false, true].map((corrections) => {
  const started = performance.now();
  const parsed = parseSeedFiles(files, { corrections });
  const ms = performance.now() - started;
  return { corrections, parsed, ms, score: scoreAgainstFixture(parsed, fixtures) };
});

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const cells = (s: Omit<PageScore, "page" | "misses">) =>
  [
    `${s.exact}`.padStart(5),
    pct(s.exact, s.total).padStart(7),
    `${s.near}`.padStart(5),
    `${s.missed}`.padStart(7),
    pct(s.exactAndSection, s.exact).padStart(8),
  ].join("");
const header = `${"exact".padStart(12)}${"near".padStart(5)}${"missed".padStart(7)}${"section".padStart(8)}`;

console.log(`${"".padEnd(22)}${"parser alone".padEnd(37)}with corrections`);
console.log(`${"page".padEnd(6)}${"group".padEnd(10)}${"quotes".padStart(6)}${header}  ${header}`);
const [alone, corrected] = runs as [(typeof runs)[0], (typeof runs)[0]];
for (const [i, fixture] of fixtures.entries()) {
  const a = alone.score.pages[i] as PageScore;
  const c = corrected.score.pages[i] as PageScore;
  console.log(
    `${String(fixture.page).padEnd(6)}${groupOf(fixture.page).padEnd(10)}${String(a.total).padStart(6)}${cells(a)}  ${cells(c)}`,
  );
}
const totalOf = (pages: readonly PageScore[]) => ({
  total: pages.reduce((n, p) => n + p.total, 0),
  exact: pages.reduce((n, p) => n + p.exact, 0),
  exactAndSection: pages.reduce((n, p) => n + p.exactAndSection, 0),
  near: pages.reduce((n, p) => n + p.near, 0),
  missed: pages.reduce((n, p) => n + p.missed, 0),
});
console.log("");
for (const group of [...Object.keys(GROUPS), "all"]) {
  const pick = (s: typeof alone.score) =>
    totalOf(s.pages.filter((p) => group === "all" || groupOf(p.page) === group));
  const a = pick(alone.score);
  const c = pick(corrected.score);
  console.log(`${group.padEnd(16)}${String(a.total).padStart(6)}${cells(a)}  ${cells(c)}`);
}
console.log("");
for (const run of runs)
  console.log(
    `${run.corrections ? "with corrections" : "parser alone    "}: ${run.parsed.length} quotes, parsed in ${run.ms.toFixed(0)} ms`,
  );
console.log("section = share of the exactly matched quotes that are in the right section");
if (verbose)
  for (const run of runs) {
    console.log(`\nmisses ${run.corrections ? "with corrections" : "of the parser alone"}:`);
    for (const m of run.score.misses)
      if (showUnseen || groupOf(m.page) !== "unseen")
        console.log(`  p${m.page} [${m.kind}] ${m.section} ${m.expected}`);
  }

/**
 * Scores the seed parser against the hand-checked pages in tests/fixtures/seed-pages,
 * with and without the reviewed corrections: `npx tsx scripts/parser-accuracy.ts [-v]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type FixturePage, scoreAgainstFixture } from "../src/domain/corpus/parse/accuracy";
import { parseSeedFiles } from "../src/domain/corpus/parse/index";

const root = join(import.meta.dirname, "..");
const seedDir = join(root, "seeds");
const fixtureDir = join(root, "tests", "fixtures", "seed-pages");
const files = readdirSync(seedDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^page-\d+\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(fixtureDir, name), "utf8")) as FixturePage);
const verbose = process.argv.includes("-v");

for (const corrections of [true, false]) {
  const started = performance.now();
  const parsed = parseSeedFiles(files, { corrections });
  const ms = performance.now() - started;
  const score = scoreAgainstFixture(parsed, fixtures);
  const pct = (n: number) => `${((100 * n) / Math.max(1, score.total)).toFixed(1)} %`;
  console.log(
    `${corrections ? "with corrections   " : "without corrections"}: exact ${score.exact}/${score.total} (${pct(score.exact)}), ` +
      `exact + section ${score.exactAndSection}/${score.total} (${pct(score.exactAndSection)}); ${parsed.length} quotes, ${ms.toFixed(0)} ms`,
  );
  if (verbose)
    for (const m of score.misses)
      console.log(`  p${m.page} [${m.kind}] ${m.section} ${m.expected}`);
}

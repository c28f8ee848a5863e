/**
 * Prints the parsed seed corpus as JSON: `npm run --silent corpus` (with the reviewed
 * corrections) or `npm run --silent corpus -- --no-corrections` (the parser alone).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSeedFiles } from "../src/domain/corpus/parse/index";

const seedDir = join(import.meta.dirname, "..", "seeds");
const files = readdirSync(seedDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
const corrections = !process.argv.includes("--no-corrections");
const quotes = parseSeedFiles(files, { corrections });
const out = quotes.map((q) => ({
  id: q.id,
  text: q.text,
  chapter: q.chapter,
  chapterTitle: q.chapterTitle,
  section: q.section,
  sectionTitle: q.sectionTitle,
  page: q.page,
  source: q.source,
  pullQuote: q.pullQuote,
}));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);

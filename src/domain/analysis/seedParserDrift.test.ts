import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedFiles } from "../corpus/parse/index";
import type { QuoteNode, QuoteSnapshot } from "./analysis";
import { readAnalysis } from "./migrations";
import { analysisDrift, quotesById } from "./quoteDrift";

/**
 * Saved analyses holding a card for every quote the seed parser produced before its rules
 * changed (corrections applied, as the app shows them): parser version 1 (597 quotes, before
 * issue 15's boundary rules) and version 3 (592 quotes, before the topic evidence of version
 * 4), in tests/fixtures/analysis/. Parsing the seeds again with today's parser must keep
 * every card whose quote kept its text and section, and mark only the others.
 */
const root = join(import.meta.dirname, "..", "..", "..");
const files = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, "seeds", name), "utf8") }));
const quotes = parseSeedFiles(files);
const keyOf = (q: Pick<QuoteSnapshot, "section" | "text">) => `${q.section}|${q.text}`;
const currentKeys = new Set(quotes.map(keyOf));

describe.each([
  { version: 1, file: "seed-parser-v1-all-cards.json", count: 597 },
  { version: 3, file: "seed-parser-v3-all-cards.json", count: 592 },
])("an analysis saved with parser version $version", ({ file, count }) => {
  const saved = readAnalysis(
    JSON.parse(readFileSync(join(root, "tests/fixtures/analysis", file), "utf8")),
  );
  if (!saved.ok) throw new Error(`the saved analysis ${file} no longer reads`);
  const analysis = saved.value;
  const cards = analysis.nodes.filter((n): n is QuoteNode => n.kind === "quote");
  const drift = analysisDrift(analysis, analysis.corpusId, quotesById(quotes));

  it(`holds a card for each of its ${count} quotes`, () => {
    expect(cards).toHaveLength(count);
    expect(new Set(cards.map((c) => c.quoteId)).size).toBe(count);
  });

  it("shows no drift mark on a card whose quote kept its text and section", () => {
    const kept = cards.filter((c) => currentKeys.has(keyOf(c.snapshot)));
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.filter((c) => drift.has(c.id)).map((c) => c.snapshot.text)).toEqual([]);
  });

  it("marks only cards whose quote text (or section) really changed", () => {
    const marked = cards.filter((c) => drift.has(c.id));
    expect(marked.filter((c) => currentKeys.has(keyOf(c.snapshot)))).toEqual([]);
  });

  it("gives an unchanged quote the id it had, so its cards keep pointing at it", () => {
    const before = new Map<string, string[]>();
    for (const c of cards)
      before.set(keyOf(c.snapshot), [...(before.get(keyOf(c.snapshot)) ?? []), c.quoteId]);
    const after = new Map<string, string[]>();
    for (const q of quotes) after.set(keyOf(q), [...(after.get(keyOf(q)) ?? []), q.id]);
    const moved = [...after].filter(([key, ids]) => {
      const old = before.get(key);
      return old !== undefined && old.join() !== ids.join();
    });
    expect(moved).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedFiles } from "../corpus/parse/index";
import type { QuoteNode, QuoteSnapshot } from "./analysis";
import { readAnalysis } from "./migrations";
import { analysisDrift, quotesById } from "./quoteDrift";

/**
 * A saved analysis holding a card for every quote the seed parser produced before its
 * boundary rules changed (parser version 1, corrections applied, as the app shows them):
 * tests/fixtures/analysis/seed-parser-v1-all-cards.json. Parsing the seeds again with today's
 * parser must keep every card whose quote kept its text, and mark only the others.
 */
const root = join(import.meta.dirname, "..", "..", "..");
const files = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, "seeds", name), "utf8") }));
const saved = readAnalysis(
  JSON.parse(
    readFileSync(join(root, "tests/fixtures/analysis/seed-parser-v1-all-cards.json"), "utf8"),
  ),
);
if (!saved.ok) throw new Error("the saved analysis no longer reads");
const analysis = saved.value;
const cards = analysis.nodes.filter((n): n is QuoteNode => n.kind === "quote");
const quotes = parseSeedFiles(files);
const drift = analysisDrift(analysis, analysis.corpusId, quotesById(quotes));
const keyOf = (q: Pick<QuoteSnapshot, "section" | "text">) => `${q.section}|${q.text}`;
const currentKeys = new Set(quotes.map(keyOf));

describe("an analysis saved before the parser changed", () => {
  it("holds a card for each of the 597 quotes of parser version 1", () => {
    expect(cards).toHaveLength(597);
    expect(new Set(cards.map((c) => c.quoteId)).size).toBe(597);
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

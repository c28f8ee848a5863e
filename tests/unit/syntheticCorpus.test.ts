import { describe, expect, it } from "vitest";
import { quoteSchema } from "../../src/domain/corpus/quote";
import { CONTENT_WORDS, makeSyntheticQuotes } from "../helpers/syntheticCorpus";

describe("makeSyntheticQuotes", () => {
  it("gives the same quotes for the same seed and others for another seed", () => {
    expect(makeSyntheticQuotes(50)).toEqual(makeSyntheticQuotes(50));
    expect(makeSyntheticQuotes(50, 2)).not.toEqual(makeSyntheticQuotes(50, 1));
  });

  it("makes valid quotes with unique ids, 10-60 words each", () => {
    const quotes = makeSyntheticQuotes(2000);
    expect(quotes).toHaveLength(2000);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(2000);
    expect(quotes[0]?.id).toBe("syn_0");
    for (const quote of quotes) {
      expect(quoteSchema.safeParse(quote).success).toBe(true);
      const words = quote.text.split(/\s+/);
      expect(words.length).toBeGreaterThanOrEqual(10);
      expect(words.length).toBeLessThanOrEqual(60);
    }
  });

  it("spreads quotes over 4 chapters, about 70 titled sections and pages 1-500", () => {
    const quotes = makeSyntheticQuotes(5000);
    expect(new Set(quotes.map((q) => q.chapter))).toEqual(new Set([1, 2, 3, 4]));
    const sections = new Set(quotes.map((q) => q.section));
    expect(sections.size).toBe(70);
    expect(quotes.every((q) => q.sectionTitle && q.sectionTitle.length > 0)).toBe(true);
    const pages = quotes.map((q) => q.page ?? 0);
    expect(Math.min(...pages)).toBe(1);
    expect(Math.max(...pages)).toBeLessThanOrEqual(500);
    expect(Math.max(...pages)).toBeGreaterThan(450);
  });

  it("draws its words from the corpus vocabulary", () => {
    expect(CONTENT_WORDS.length).toBeGreaterThanOrEqual(250);
    const text = makeSyntheticQuotes(200)
      .map((q) => q.text)
      .join(" ")
      .toLowerCase();
    expect(text).toContain("mensenhandel");
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quoteSchema } from "../quote";
import { parseSeedFiles } from "./index";

/** The real seed corpus: properties that must hold whatever the column choices. */
const seedDir = join(import.meta.dirname, "..", "..", "..", "..", "seeds");
const files = readdirSync(seedDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedDir, name), "utf8") }));
const main = files.find((f) => f.name.startsWith("002"))?.name ?? "";

describe("the seed corpus", () => {
  const quotes = parseSeedFiles(files);

  it("keeps each quote of the repeated pages (000, 001, 004) once, from 002", () => {
    for (const text of [
      "Meldroutes beter benut.",
      "Meer innovatieve preventie methodes.",
      "Onbekwaamheid.",
    ]) {
      const hits = quotes.filter((q) => q.text === text);
      expect(hits).toHaveLength(1);
      expect(hits[0]?.source).toBe(main);
    }
    expect(
      quotes.filter(
        (q) =>
          q.source.startsWith("000") || q.source.startsWith("001") || q.source.startsWith("004"),
      ),
    ).toEqual([]);
  });

  it("places the extra page (003) between its numbered neighbours", () => {
    const extra = quotes.filter((q) => q.source.startsWith("003"));
    expect(extra.length).toBeGreaterThan(10);
    expect(new Set(extra.map((q) => q.page))).toEqual(new Set([28]));
  });

  it("leaves out footers, the table of contents, prose pages and the appendix", () => {
    for (const q of quotes) {
      expect(q.text).not.toMatch(/bloemlezing - |Betrokken organisaties|^Context en/);
      expect(q.page ?? 0).toBeGreaterThanOrEqual(11);
      expect(q.page ?? 0).toBeLessThanOrEqual(59);
    }
    expect(quotes.some((q) => q.text.includes("analysefase"))).toBe(false);
    expect(quotes.some((q) => /^(Rode Kruis|Web-IQ|Yadeborg)$/.test(q.text))).toBe(false);
  });

  it("tags chapters, sections and repaired titles", () => {
    expect(new Set(quotes.map((q) => `${q.chapter} ${q.chapterTitle}`))).toEqual(
      new Set(["1 Trends en ontwikkelingen", "2 Problemen", "3 Wat gaat er goed?", "4 Ambities"]),
    );
    expect(quotes.find((q) => q.section === "2.1")?.sectionTitle).toBe(
      "Aangiftebereidheid en kennis en bewustzijn van slachtofferschap",
    );
    expect(quotes.find((q) => q.section === "3.9")?.sectionTitle).toBe("Meer samenwerking");
    expect(quotes.find((q) => q.section === "2.8")?.sectionTitle).toBeNull();
  });

  it("is in book order with unique, valid, stable ids", () => {
    const pages = quotes.map((q) => q.page ?? 0);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
    for (const q of quotes) expect(quoteSchema.safeParse(q).success).toBe(true);
    expect(parseSeedFiles(files).map((q) => q.id)).toEqual(quotes.map((q) => q.id));
  });

  it("keeps bullet lists inside their quote", () => {
    const list = quotes.find((q) => q.text.startsWith("Weinig tot geen alternatief:"));
    expect(list?.text.split("\n• ").length).toBeGreaterThanOrEqual(4);
  });
});

describe("the seed corrections", () => {
  it("all still find the quote they correct (none is stale)", async () => {
    const { applyParserCorrections } = await import("./parserCorrections");
    const { SEED_CORRECTIONS } = await import("./seedCorrections");
    const result = applyParserCorrections(
      parseSeedFiles(files, { corrections: false }),
      SEED_CORRECTIONS,
    );
    expect(result.unused).toEqual([]);
  });
});

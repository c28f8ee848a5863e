import { describe, expect, it } from "vitest";
import { parseTextCorpus } from "./text";

function quotes(text: string) {
  const result = parseTextCorpus(text, "raadpleging.md");
  if (!result.ok) throw new Error(result.error.kind);
  return result.value;
}

describe("parseTextCorpus", () => {
  it("makes one quote per paragraph and rejoins broken lines and hyphenated words", () => {
    const corpus = quotes(
      "Eerste citaat over de\naanpak van ervarings-\ndeskundigen.\n\nTweede citaat.\n",
    );
    expect(corpus.quotes.map((q) => q.text)).toEqual([
      "Eerste citaat over de aanpak van ervaringsdeskundigen.",
      "Tweede citaat.",
    ]);
    expect(corpus.name).toBe("raadpleging");
    expect(corpus.quotes[0]).toMatchObject({
      chapter: 1,
      chapterTitle: "raadpleging",
      section: "",
      page: null,
      source: "raadpleging.md",
    });
    expect(corpus.warnings).toEqual([]);
  });

  it("reads # headings as chapters and ## headings as sections", () => {
    const corpus = quotes(
      "# 2 Problemen\n\n## 2.3 Gegevens delen\n\nWe mogen niets delen.\n\n## Capaciteit\n\nTe weinig mensen.\n\n# Ambities\n\nSamen optrekken.",
    );
    expect(
      corpus.quotes.map((q) => [q.chapter, q.chapterTitle, q.section, q.sectionTitle, q.text]),
    ).toEqual([
      [2, "Problemen", "2.3", "Gegevens delen", "We mogen niets delen."],
      [2, "Problemen", "2.1", "Capaciteit", "Te weinig mensen."],
      [3, "Ambities", "", null, "Samen optrekken."],
    ]);
  });

  it("reads a line such as '2.11 Titel' on its own as a section of chapter 2", () => {
    const corpus = quotes(
      "# 2 Problemen\n\n2.11 Beperkte gegevensuitwisseling\n\nDe AVG zit in de weg.\n\n2.12 Capaciteit\n\nTe weinig rechercheurs.",
    );
    expect(corpus.quotes.map((q) => [q.section, q.sectionTitle])).toEqual([
      ["2.11", "Beperkte gegevensuitwisseling"],
      ["2.12", "Capaciteit"],
    ]);
  });

  it("does not take a quote that starts with a number for a heading", () => {
    const corpus = quotes(
      "2.3 Miljoen mensen werken in de zorg en\nnog veel meer in de schoonmaak.",
    );
    expect(corpus.quotes).toHaveLength(1);
    expect(corpus.quotes[0]?.section).toBe("");
  });

  it("makes each list item and block quote line a quote of its own", () => {
    const corpus = quotes("- Eerste punt.\n- Tweede punt\n  loopt door.\n\n> Een blokcitaat.");
    expect(corpus.quotes.map((q) => q.text)).toEqual([
      "Eerste punt.",
      "Tweede punt loopt door.",
      "Een blokcitaat.",
    ]);
  });

  it("warns about quotes before the first heading, duplicates and a very long paragraph", () => {
    const long = "woord ".repeat(500).trim();
    const corpus = quotes(`Los citaat.\n\n# Hoofdstuk\n\nDubbel.\n\nDubbel.\n\n${long}`);
    expect(corpus.warnings).toEqual(
      expect.arrayContaining([
        { code: "beforeHeadings", count: 1, where: "1" },
        { code: "duplicateQuotes", count: 1, where: "7" },
        { code: "longQuote", count: 1, where: "9" },
      ]),
    );
    // A quote printed twice in one section keeps both, with distinct ids.
    const ids = corpus.quotes.filter((q) => q.text === "Dubbel.").map((q) => q.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("gives the same ids when the same text is parsed again", () => {
    const text = "# A\n\n## B\n\nEen.\n\nTwee.";
    expect(quotes(text).quotes.map((q) => q.id)).toEqual(quotes(text).quotes.map((q) => q.id));
  });

  it("reports a file with headings only as having no quotes", () => {
    expect(parseTextCorpus("# Titel\n\n## Sectie\n", "x.md")).toMatchObject({
      ok: false,
      error: { kind: "noQuotes" },
    });
  });
});

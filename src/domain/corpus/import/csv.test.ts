import { describe, expect, it } from "vitest";
import { csvToCorpus, guessCsvMapping, readCsvTable } from "./csv";

function table(text: string) {
  const result = readCsvTable(text);
  if (!result.ok) throw new Error(result.error.kind);
  return result.value;
}

describe("CSV import", () => {
  const csv =
    'Thema;Titel;Citaat;Pagina\n2.1;Capaciteit;"Te weinig mensen; te veel werk.";12\n2.2;Kennis;"Niemand weet ""hoe"" het moet.";x\n2.2;Kennis;;13\n';

  it("detects the delimiter and guesses the mapping from the headers", () => {
    const t = table(csv);
    expect(t.headers).toEqual(["Thema", "Titel", "Citaat", "Pagina"]);
    expect(guessCsvMapping(t.headers)).toEqual({
      text: 2,
      section: 0,
      sectionTitle: 1,
      chapter: null,
      chapterTitle: null,
      page: 3,
      source: null,
    });
  });

  it("makes quotes with section, chapter from the section number and page, and warns per row", () => {
    const t = table(csv);
    const result = csvToCorpus(t, guessCsvMapping(t.headers), "bloemlezing.csv");
    if (!result.ok) throw new Error(result.error.kind);
    expect(
      result.value.quotes.map((q) => [q.text, q.chapter, q.section, q.sectionTitle, q.page]),
    ).toEqual([
      ["Te weinig mensen; te veel werk.", 2, "2.1", "Capaciteit", 12],
      ['Niemand weet "hoe" het moet.', 2, "2.2", "Kennis", null],
    ]);
    expect(result.value.warnings).toEqual(
      expect.arrayContaining([
        { code: "invalidPage", count: 1, where: "3" },
        { code: "emptyRows", count: 1, where: "4" },
      ]),
    );
  });

  it("refuses a mapping without a text column and names the columns it has", () => {
    const t = table("sectie,pagina\n2.1,4\n");
    const mapping = guessCsvMapping(t.headers);
    expect(mapping.text).toBeNull();
    expect(csvToCorpus(t, mapping, "x.csv")).toMatchObject({
      ok: false,
      error: { kind: "csvNoTextColumn", columns: ["sectie", "pagina"] },
    });
  });

  it("uses any column the person maps as text", () => {
    const t = table("a,b\neen,twee\n");
    const result = csvToCorpus(t, { ...guessCsvMapping(t.headers), text: 1 }, "x.csv");
    expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual(["twee"]);
  });

  it("calls a CSV with only empty text cells empty of quotes", () => {
    const t = table("tekst,sectie\n,2.1\n");
    expect(csvToCorpus(t, guessCsvMapping(t.headers), "x.csv")).toMatchObject({
      ok: false,
      error: { kind: "noQuotes" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { findGutter, type PdfPageText, type PdfTextItem, pdfToCorpus } from "./pdfLayout";

const W = 595;
const H = 842;
const BODY = 10;
const STEP = 12;

/** Lines of one column from the top down; null leaves a blank line. */
function column(x: number, top: number, lines: (string | null)[], size = BODY): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  lines.forEach((str, i) => {
    if (str !== null)
      items.push({ str, x, y: top - i * STEP, width: str.length * size * 0.5, fontSize: size });
  });
  return items;
}

function page(index: number, items: PdfTextItem[]): PdfPageText {
  return { index, width: W, height: H, items };
}

const footer = (n: number): PdfTextItem => ({
  str: `bloemlezing - programma samen tegen mensenhandel ${n}`,
  x: 50,
  y: 30,
  width: 250,
  fontSize: 8,
});

describe("findGutter", () => {
  it("finds the empty strip between two columns and none on a one-column page", () => {
    const two = [...column(50, 700, ["links een", "links twee"]), ...column(315, 700, ["rechts"])];
    const gutter = findGutter(two, W);
    expect(gutter).toBeGreaterThan(100);
    expect(gutter).toBeLessThan(315);
    expect(findGutter(column(50, 700, ["een hele brede regel ".repeat(4)]), W)).toBeNull();
  });
});

describe("pdfToCorpus", () => {
  const twoColumns = page(1, [
    ...column(50, 760, ["2.1 Capaciteit"], 14),
    ...column(50, 730, [
      "Er zijn te weinig rechercheurs",
      "voor mensenhandel.",
      null,
      "De zorg voor slachtoffers is ver-",
      "snipperd over gemeenten.",
    ]),
    ...column(315, 730, ["Wachtlijsten bij de opvang lopen op."]),
    ...column(315, 730 - 2 * STEP, ["2.2 Kennis"], 14),
    ...column(315, 730 - 3 * STEP, [null, "Professionals herkennen signalen niet."]),
    footer(11),
  ]);

  it("reads the left column before the right, splits quotes at blank lines and drops the footer", () => {
    const result = pdfToCorpus([twoColumns], "bloemlezing.pdf");
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.quotes.map((q) => [q.section, q.text, q.page])).toEqual([
      ["2.1", "Er zijn te weinig rechercheurs voor mensenhandel.", 11],
      ["2.1", "De zorg voor slachtoffers is versnipperd over gemeenten.", 11],
      ["2.1", "Wachtlijsten bij de opvang lopen op.", 11],
      ["2.2", "Professionals herkennen signalen niet.", 11],
    ]);
    expect(result.value.quotes[0]).toMatchObject({ chapter: 2, sectionTitle: "Capaciteit" });
    expect(result.value.warnings).toContainEqual({
      code: "marginLinesDropped",
      count: 1,
      where: "1",
    });
  });

  it("continues a quote from the bottom of the left column to the top of the right", () => {
    const result = pdfToCorpus(
      [
        page(3, [
          ...column(50, 730, ["Dit citaat loopt door"]),
          ...column(315, 730, ["in de rechterkolom.", null, "Nieuw citaat."]),
        ]),
      ],
      "x.pdf",
    );
    expect(result.ok && result.value.quotes.map((q) => [q.text, q.page])).toEqual([
      ["Dit citaat loopt door in de rechterkolom.", 3],
      ["Nieuw citaat.", 3],
    ]);
  });

  it("flags the quote a pull quote repeats instead of adding it again", () => {
    const pull = "Professionals herkennen de signalen van uitbuiting nog veel te vaak niet op tijd";
    const result = pdfToCorpus(
      [
        page(2, [
          ...column(50, 730, [
            "Professionals herkennen de signalen van",
            "uitbuiting nog veel te vaak niet op tijd, zegt",
            "een gemeente.",
          ]),
          ...column(315, 400, [pull.slice(0, 39), pull.slice(40)], 16),
        ]),
      ],
      "x.pdf",
    );
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.quotes).toHaveLength(1);
    expect(result.value.quotes[0]?.pullQuote).toBe(true);
  });

  it("reads '3 Wat gaat er goed?' in large type as a chapter", () => {
    const result = pdfToCorpus(
      [
        page(5, [
          ...column(50, 760, ["3 Wat gaat er goed?"], 20),
          ...column(50, 700, ["Samenwerking loopt."]),
        ]),
      ],
      "x.pdf",
    );
    expect(result.ok && result.value.quotes[0]).toMatchObject({
      chapter: 3,
      chapterTitle: "Wat gaat er goed?",
      section: "",
    });
  });

  it("refuses a PDF without a text layer (a scan)", () => {
    expect(
      pdfToCorpus([page(1, []), page(2, [{ ...footer(2), str: "  " }])], "scan.pdf"),
    ).toMatchObject({
      ok: false,
      error: { kind: "pdfNoText" },
    });
  });
});

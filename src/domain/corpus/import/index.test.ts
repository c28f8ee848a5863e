import { describe, expect, it } from "vitest";
import { formatOf, mapCsv, readSource } from ".";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("readSource", () => {
  it("tells the format by the file name, and a PDF also by its first bytes", () => {
    expect(formatOf("a.MD", bytes("x"))).toBe("text");
    expect(formatOf("a.tsv", bytes("x"))).toBe("csv");
    expect(formatOf("a.json", bytes("{"))).toBe("json");
    expect(formatOf("zonder-extensie", bytes("%PDF-1.7"))).toBe("pdf");
    expect(formatOf("foto.jpg", bytes("x"))).toBeNull();
  });

  it("reads text into a corpus and a CSV into a table to map first", () => {
    expect(readSource("a.txt", bytes("Een.\n\nTwee."))).toMatchObject({
      ok: true,
      value: {
        kind: "parsed",
        corpus: { format: "text", quotes: [{ text: "Een." }, { text: "Twee." }] },
      },
    });
    const csv = readSource("a.csv", bytes("tekst,pagina\nEen citaat.,4\n"));
    if (!csv.ok || csv.value.kind !== "csv") throw new Error("expected a table");
    expect(csv.value.mapping).toMatchObject({ text: 0, page: 1 });
    expect(mapCsv("a.csv", csv.value.table, csv.value.mapping)).toMatchObject({
      ok: true,
      value: { corpus: { quotes: [{ text: "Een citaat.", page: 4 }] } },
    });
  });

  it("refuses an unknown type and hands PDFs to the PDF path", () => {
    expect(readSource("foto.jpg", bytes("x"))).toMatchObject({
      ok: false,
      error: { kind: "unsupportedType" },
    });
    expect(readSource("a.pdf", bytes("%PDF"))).toMatchObject({
      ok: false,
      error: { kind: "unsupportedType" },
    });
  });
});

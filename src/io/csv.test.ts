import { describe, expect, it } from "vitest";
import { cluster, makeAnalysis, quoteCard } from "../../tests/helpers/analysisFactory";
import { exportLabels } from "../i18n/exportLabels";
import { csvCell, placedQuotesCsv } from "./csv";

describe("CSV of placed quotes", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const formula of ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvCell(formula).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    expect(csvCell("gewoon")).toBe("gewoon");
  });

  it("quotes cells with commas, quotes or line breaks", () => {
    expect(csvCell('zei "ja", toen')).toBe('"zei ""ja"", toen"');
    expect(csvCell("twee\nregels")).toBe('"twee\nregels"');
  });

  it("lists every quote card with its cluster and that cluster's role", () => {
    const danger = {
      ...quoteCard("k2", "q2"),
      snapshot: { ...quoteCard("k2", "q2").snapshot, text: '=HYPERLINK("x")' },
    };
    const analysis = makeAnalysis([
      cluster("c", "cause", "Wonen"),
      quoteCard("k1", "q1", { clusterId: "c" }),
      danger,
    ]);
    const csv = placedQuotesCsv(
      analysis,
      ["id", "tekst", "h", "ht", "t", "tt", "p", "bron", "cluster", "rol"],
      exportLabels("nl"),
    );
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe("q1,Citaat q1,2,Problemen,2.1,Thema,11,002.txt,Wonen,Oorzaak");
    expect(lines[2]?.split(",")[1]).toBe(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]?.endsWith(",,")).toBe(true);
  });
});

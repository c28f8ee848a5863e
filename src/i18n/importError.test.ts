import { describe, expect, it } from "vitest";
import type { ImportError } from "../domain/importError";
import { importErrorMessage } from "./importError";
import { type Language, translate } from "./messages";

const t =
  (language: Language) =>
  (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
const nl = t("nl");
const MB = 1024 * 1024;

describe("importErrorMessage: one shape, the wording each dialog has always shown", () => {
  it("says what is wrong with an analysis file inside 'kan niet worden geïmporteerd'", () => {
    const file = { name: "plan.json", size: 10, format: "analysis" } as const;
    const cases: [ImportError, string][] = [
      [
        { kind: "empty" },
        "‘plan.json’ kan niet worden geïmporteerd: het bestand is leeg. Er is niets opgeslagen.",
      ],
      [
        { kind: "tooLarge", bytes: 60 * MB, limit: 50 * MB },
        "‘plan.json’ kan niet worden geïmporteerd: het bestand is 60 MB; de grens is 50 MB. Er is niets opgeslagen.",
      ],
      [
        { kind: "syntax", line: 3, column: 7 },
        "‘plan.json’ kan niet worden geïmporteerd: ongeldige JSON op regel 3, kolom 7. Er is niets opgeslagen.",
      ],
      [
        {
          kind: "invalid",
          path: "$.analysis.nodes[0].title",
          issue: { kind: "type", expected: "number" },
        },
        "‘plan.json’ kan niet worden geïmporteerd: bij $.analysis.nodes[0].title klopt de waarde niet (verwacht: een getal). Er is niets opgeslagen.",
      ],
    ];
    for (const [error, message] of cases) expect(importErrorMessage(nl, error, file)).toBe(message);
  });

  it("gives a corpus source its own sentence, with the place in the file's terms", () => {
    const csv = { name: "lijst.csv", size: 60 * MB, format: "csv" } as const;
    expect(importErrorMessage(nl, { kind: "csvUnreadable", row: 4 }, csv)).toBe(
      "‘lijst.csv’ is geen leesbare CSV: een aanhalingsteken wordt niet gesloten, rij 4. Er is niets opgeslagen.",
    );
    expect(importErrorMessage(nl, { kind: "tooLarge", bytes: 60 * MB, limit: 50 * MB }, csv)).toBe(
      "‘lijst.csv’ is te groot (60 MB); de grens is 50 MB. Het bestand is niet gelezen en er is niets opgeslagen.",
    );
    const json = { name: "c.json", size: 10, format: "json" } as const;
    expect(importErrorMessage(nl, { kind: "syntax", line: 2, column: 5 }, json)).toBe(
      "‘c.json’ is geen geldige JSON (regel 2, kolom 5). Er is niets opgeslagen.",
    );
    expect(
      importErrorMessage(
        nl,
        { kind: "invalid", path: "quotes[1].page", issue: { kind: "type", expected: "number" } },
        json,
      ),
    ).toBe(
      "‘c.json’ is geen Ontrafel-corpus: bij quotes[1].page klopt de waarde niet (verwacht: een getal). Er is niets opgeslagen.",
    );
    const text = { name: "t.txt", size: 10, format: "text" } as const;
    expect(importErrorMessage(nl, { kind: "encoding", found: "UTF-8", line: 3 }, text)).toBe(
      "‘t.txt’ is geen UTF-8-tekst (tekens die geen UTF-8 zijn, regel 3). Sla het op als UTF-8 en kies het opnieuw. Er is niets opgeslagen.",
    );
    expect(importErrorMessage(t("en"), { kind: "noQuotes" }, text)).toBe(
      "No quotes were found in ‘t.txt’. Nothing was saved.",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { ImportWarningCode } from "../../domain/corpus/import/parsedCorpus";
import { type Language, translate } from "../../i18n/messages";
import { importWarningMessage } from "./importMessages";

const CODES: ImportWarningCode[] = [
  "longQuote",
  "duplicateQuotes",
  "beforeHeadings",
  "emptyRows",
  "invalidPage",
  "marginLinesDropped",
  "pullQuotes",
  "unknownChapterTitle",
];

function message(language: Language, code: ImportWarningCode, count: number) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  return importWarningMessage(t, { code, count, where: "4" }, "csv");
}

describe("import warnings", () => {
  it("say one thing in the singular and many in the plural", () => {
    expect(message("nl", "emptyRows", 1)).toBe("1 rij zonder tekst is overgeslagen (rij 4).");
    expect(message("nl", "emptyRows", 3)).toBe(
      "3 rijen zonder tekst zijn overgeslagen (eerste: rij 4).",
    );
    expect(message("en", "emptyRows", 1)).toBe("1 row without text was skipped (row 4).");
    expect(message("en", "unknownChapterTitle", 2)).toBe(
      "2 chapters have no title (first at row 4).",
    );
  });

  it("have a singular and a plural form for every warning, in both languages", () => {
    for (const language of ["nl", "en"] as const) {
      for (const code of CODES) {
        const one = message(language, code, 1);
        const many = message(language, code, 2);
        expect(one, `${language} ${code}`).toMatch(/^1 /);
        expect(one, `${language} ${code}`).not.toContain("{");
        // More than the number changes: the nouns and verbs agree with it.
        expect(many.replace(/^2 /, "1 "), `${language} ${code}`).not.toBe(one);
      }
    }
  });
});

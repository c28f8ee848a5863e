import { describe, expect, it } from "vitest";
import { en, format, nl, translate } from "./messages";

describe("message catalogue", () => {
  it("has an English text for every Dutch key, none left empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const text of [...Object.values(nl), ...Object.values(en)])
      expect(text.trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("writes numbers the local way and keeps unknown placeholders visible", () => {
    expect(translate("nl", "library.resultCount", { shown: 1234, total: 20000 })).toBe(
      "1.234 van 20.000 citaten",
    );
    expect(translate("en", "library.resultCount", { shown: 1234, total: 20000 })).toBe(
      "1,234 of 20,000 quotes",
    );
    expect(format("{a} en {b}", { a: "x" })).toBe("x en {b}");
  });

  it("writes every number as the locale does, small whole numbers included", () => {
    for (const locale of ["nl-NL", "en-GB"]) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [0, 1, 7, 42, 999, 1000, 12345, 0.5, 2.75, -3, -1234]) {
        expect(format("{n}", { n }, locale)).toBe(intl.format(n));
      }
    }
  });
});

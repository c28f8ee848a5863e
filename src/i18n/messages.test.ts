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

describe("plurals through the catalogue", () => {
  it("writes one and many the way each language does (Intl.PluralRules)", () => {
    expect(translate("nl", "canvas.cards", { count: 1 })).toBe("1 citaat");
    expect(translate("nl", "canvas.cards", { count: 0 })).toBe("0 citaten");
    expect(translate("nl", "voting.count", { count: 1 })).toBe("1 stip");
    expect(translate("nl", "voting.count", { count: 2000 })).toBe("2.000 stippen");
    expect(translate("en", "voting.count", { count: 1 })).toBe("1 dot");
    expect(translate("nl", "transfer.repair.danglingEdge", { count: 1 })).toBe(
      "1 verbinding naar ontbrekende elementen weggelaten",
    );
    expect(translate("en", "analyses.counts", { quotes: 1, clusters: 2, links: 1 })).toBe(
      "1 quote, 2 clusters, 1 link",
    );
  });

  it("picks each plural of a template on its own, the same on every call", () => {
    const template =
      "Nog {left, plural, =0 {geen plekken} one {# plek} other {# plekken}} voor {who}, {votes, plural, one {# stem} other {# stemmen}}.";
    for (let i = 0; i < 3; i++) {
      expect(format(template, { left: 0, who: "Ans", votes: 1 })).toBe(
        "Nog geen plekken voor Ans, 1 stem.",
      );
      expect(format(template, { left: 1, who: "Bo", votes: 1200 })).toBe(
        "Nog 1 plek voor Bo, 1.200 stemmen.",
      );
    }
    // Without a number the plural stays visible, so the gap is noticed.
    expect(format("{n, plural, one {# kaart} other {# kaarten}} over", { n: "veel" })).toBe(
      "{n, plural, one {# kaart} other {# kaarten}} over",
    );
    expect(format("{n, plural, one {# card} other {# cards}}", { n: 3 }, "en-GB")).toBe("3 cards");
  });

  it("leaves no catalogue text with a plural form unchosen", () => {
    const counts = {
      count: 1,
      quotes: 1,
      clusters: 1,
      links: 1,
      total: 1,
      budget: 1,
      sections: 1,
      themes: 1,
      chapters: 1,
    };
    for (const language of ["nl", "en"] as const)
      for (const key of Object.keys(nl) as (keyof typeof nl)[])
        expect(translate(language, key, counts), key).not.toMatch(/plural|#/);
  });
});

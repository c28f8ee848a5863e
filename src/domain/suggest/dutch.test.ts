import { describe, expect, it } from "vitest";
import { stemDutch, tokenizeDutch } from "./dutch";
import { compoundParts, contentTerms } from "./vectors";
import { markWords, sharedStems } from "./words";

const words = (text: string) => tokenizeDutch(text).map((t) => t.folded);
const stems = (text: string) => contentTerms(tokenizeDutch(text), true);

describe("tokenising Dutch quotes", () => {
  it("folds case and diacritics", () => {
    expect(words("Zorgcoördinator, Één café, privé")).toEqual([
      "zorgcoordinator",
      "een",
      "cafe",
      "prive",
    ]);
  });

  it("splits hyphenated compounds and slash pairs into their parts", () => {
    expect(words("loverboy-problematiek")).toEqual(["loverboy", "problematiek"]);
    expect(words("zorg/opvang")).toEqual(["zorg", "opvang"]);
    expect(words("zorg-/opvang")).toEqual(["zorg", "opvang"]);
    expect(words("Zorg-/ en opvangplekken")).toEqual(["zorg", "en", "opvangplekken"]);
  });

  it("keeps an apostrophe plural in one word and drops single letters and bare numbers", () => {
    expect(words("auto's en 18-min in 2021: a b")).toEqual(["autos", "en", "min", "in"]);
  });

  it("keeps the offsets of each word in the original text", () => {
    const text = "De coördinatie, zorg-/opvang.";
    expect(tokenizeDutch(text).map((t) => text.slice(t.start, t.end))).toEqual([
      "De",
      "coördinatie",
      "zorg",
      "opvang",
    ]);
  });

  it("marks function words as stopwords, also with diacritics", () => {
    const marked = tokenizeDutch("Omdat de slachtoffers één keer aangifte doen").filter(
      (t) => t.stop,
    );
    expect(marked.map((t) => t.folded)).toEqual(["omdat", "de", "een", "doen"]);
  });
});

describe("stemming Dutch", () => {
  it("gives singular and plural the same stem", () => {
    expect(stemDutch("slachtoffers")).toBe(stemDutch("slachtoffer"));
    expect(stemDutch("gemeenten")).toBe(stemDutch("gemeente"));
    expect(stemDutch("aangiften")).toBe(stemDutch("aangifte"));
    expect(stemDutch("signalen")).toBe(stemDutch("signaal"));
  });

  it("gives inflected verb forms one stem", () => {
    expect(stemDutch("uitbuiting")).not.toBe(stemDutch("uitgebuit"));
    expect(stemDutch("werken")).toBe(stemDutch("werk"));
  });

  it("stems only content words", () => {
    expect(stems("De slachtoffers doen geen aangiften bij de politie")).toEqual([
      stemDutch("slachtoffer"),
      stemDutch("aangifte"),
      stemDutch("politie"),
    ]);
  });
});

describe("shared words", () => {
  it("finds the stems two quotes share and marks them in the text", () => {
    const a = "Slachtoffers durven geen aangifte te doen.";
    const b = "Er worden weinig aangiften gedaan door het slachtoffer zelf.";
    const shared = sharedStems(a, b);
    expect(shared).toEqual([stemDutch("slachtoffers"), stemDutch("aangifte")]);
    const pieces = markWords(b, new Set(shared));
    expect(pieces.filter((p) => p.shared).map((p) => p.text)).toEqual(["aangiften", "slachtoffer"]);
    expect(pieces.map((p) => p.text).join("")).toBe(b);
  });
});

describe("Dutch compounds", () => {
  const known = new Set(["arbeid", "uitbuiting", "zorg", "opvang", "taal", "leiden"]);
  it("splits a compound whose head and tail the corpus uses as words, with a linking s", () => {
    expect(compoundParts("arbeidsuitbuiting", known)).toEqual(["arbeid", "uitbuiting"]);
    expect(compoundParts("zorgopvang", known)).toEqual(["zorg", "opvang"]);
  });

  it("leaves a word that only ends in a known word", () => {
    expect(compoundParts("digitaal", known)).toEqual([]);
    expect(compoundParts("begeleiden", known)).toEqual([]);
    expect(compoundParts("uitbuiting", known)).toEqual([]);
  });
});

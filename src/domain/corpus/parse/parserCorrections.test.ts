import { describe, expect, it } from "vitest";
import { applyParserCorrections } from "./parserCorrections";

const quote = (text: string, page = 5) => ({
  text,
  chapter: 1,
  chapterTitle: "T",
  section: "1.1",
  sectionTitle: null,
  page,
  source: "s.txt",
  pullQuote: false,
});

describe("applyParserCorrections", () => {
  it("replaces text inside the named quote only", () => {
    const { quotes } = applyParserCorrections(
      [quote("Een twee drie."), quote("Een vier.")],
      [
        {
          kind: "replace",
          page: 5,
          quoteStart: "Een twee",
          find: "twee",
          replace: "2",
          rule: "split point",
          why: "test",
        },
      ],
    );
    expect(quotes.map((q) => q.text)).toEqual(["Een 2 drie.", "Een vier."]);
  });

  it("splits and merges quotes", () => {
    const { quotes } = applyParserCorrections(
      [quote("A eerste. B tweede."), quote("C derde"), quote("en meer.")],
      [
        {
          kind: "split",
          page: 5,
          quoteStart: "A eerste",
          before: ["B tweede"],
          rule: "split point",
          why: "test",
        },
        {
          kind: "merge",
          page: 5,
          first: "C derde",
          second: "en meer",
          rule: "split point",
          why: "test",
        },
      ],
    );
    expect(quotes.map((q) => q.text)).toEqual(["A eerste.", "B tweede.", "C derde en meer."]);
  });

  it("skips and reports a correction whose quote is not there", () => {
    const result = applyParserCorrections(
      [quote("Iets anders.")],
      [
        {
          kind: "replace",
          page: 5,
          quoteStart: "Niet hier",
          find: "x",
          replace: "y",
          rule: "split point",
          why: "test",
        },
      ],
    );
    expect(result.quotes.map((q) => q.text)).toEqual(["Iets anders."]);
    expect(result.unused).toHaveLength(1);
  });
});

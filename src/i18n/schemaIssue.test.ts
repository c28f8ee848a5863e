import { describe, expect, it } from "vitest";
import { z } from "zod";
import { firstSchemaProblem } from "../domain/schemaIssue";
import { type Language, type MessageKey, translate } from "./messages";
import { describeSchemaIssue } from "./schemaIssue";

const schema = z.strictObject({
  name: z.string().trim().min(1).max(5),
  quotes: z.array(z.object({ page: z.number().int().positive() })).min(1),
  version: z.literal(1),
});

function words(language: Language, data: unknown): string {
  const parsed = schema.safeParse(data);
  if (parsed.success) throw new Error("expected the data to fail");
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return describeSchemaIssue(t, firstSchemaProblem(parsed.error).issue);
}

const valid = { name: "ok", quotes: [{ page: 1 }], version: 1 };

describe("a value that fails its schema, in words", () => {
  it("says what was expected, in Dutch and in English", () => {
    expect(words("nl", { ...valid, quotes: [{ page: "7" }] })).toBe("verwacht: een getal");
    expect(words("en", { ...valid, quotes: [{ page: "7" }] })).toBe("expected: a number");
  });

  it("calls an empty text or list empty, and names a size limit", () => {
    expect(words("nl", { ...valid, name: "  " })).toBe("mag niet leeg zijn");
    expect(words("en", { ...valid, quotes: [] })).toBe("must not be empty");
    expect(words("nl", { ...valid, name: "zes tekens" })).toBe("te lang: hoogstens 5 tekens");
  });

  it("names an unknown field and refuses a wrong fixed value", () => {
    expect(words("nl", { ...valid, extra: 1 })).toBe("onbekend veld: ‘extra’");
    expect(words("en", { ...valid, version: 2 })).toBe("this value is not allowed");
  });

  it("never passes on the library's own (English) text", () => {
    const bad = [{ ...valid, quotes: "x" }, { ...valid, name: 3 }, { ...valid, version: "1" }, []];
    for (const data of bad) {
      const text = words("nl", data);
      expect(text).not.toMatch(/invalid|expected|received|input/i);
    }
  });

  it("writes paths as each file kind has always shown them", () => {
    const parsed = schema.safeParse({ ...valid, quotes: [{ page: 0 }] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(firstSchemaProblem(parsed.error, ["analysis"]).path).toBe("$.analysis.quotes[0].page");
    expect(firstSchemaProblem(parsed.error, [], "").path).toBe("quotes[0].page");
  });
});

import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { analysisSchema } from "./analysis";
import { duplicateAnalysis, retitled } from "./duplicate";

describe("duplicateAnalysis", () => {
  const original = { ...makeAnalysis([factor("a")]), createdAt: 1, updatedAt: 2 };

  it("copies the document under a new id, title and time", () => {
    const copy = duplicateAnalysis(original, { id: "b", title: "Kopie", now: 9 });
    expect(copy).toEqual({ ...original, id: "b", title: "Kopie", createdAt: 9, updatedAt: 9 });
    expect(original.id).toBe("analysis-1");
  });

  it("keeps a long title within the schema's limit", () => {
    const copy = duplicateAnalysis(
      { ...original, title: "x".repeat(300) },
      { id: "b", title: `${"x".repeat(300)} (kopie)`, now: 9 },
    );
    expect(analysisSchema.safeParse(copy).success).toBe(true);
    expect(retitled(original, "y".repeat(400), 3).title).toHaveLength(300);
  });
});

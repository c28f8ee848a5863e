import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import type { AnalysisRecord } from "../../persistence/db";
import { overviewEntry, overviewList } from "./overviewList";

function record(id: string, title: string, updatedAt: number, createdAt: number, label: string) {
  const analysis = { ...makeAnalysis([factor(`${id}-f`, "cause", label)]), id, title, createdAt };
  return {
    id,
    title,
    updatedAt,
    deletedAt: null,
    counts: { quotes: 0, clusters: 0, links: 0 },
    analysis,
  } satisfies AnalysisRecord;
}

const entries = [
  record("a", "Zorg in de wijk", 300, 100, "Wachtlijsten groeien"),
  record("b", "analyse 10", 100, 300, "Te weinig rechercheurs"),
  record("c", "Analyse 9", 200, 200, "Signalen niet herkend"),
].map(overviewEntry);
const ids = (records: AnalysisRecord[]) => records.map((r) => r.id);

describe("the overview's search and sort", () => {
  it("finds an analysis by a word in a node's label, or in its title, in any case", () => {
    expect(ids(overviewList(entries, "wachtlijsten", "edited", "nl-NL"))).toEqual(["a"]);
    expect(ids(overviewList(entries, "ZORG wijk", "edited", "nl-NL"))).toEqual(["a"]);
    expect(ids(overviewList(entries, "nergens", "edited", "nl-NL"))).toEqual([]);
  });

  it("sorts by last edit, by name (numbers as numbers) and by creation", () => {
    expect(ids(overviewList(entries, "", "edited", "nl-NL"))).toEqual(["a", "c", "b"]);
    expect(ids(overviewList(entries, "", "name", "nl-NL"))).toEqual(["c", "b", "a"]);
    expect(ids(overviewList(entries, "", "created", "nl-NL"))).toEqual(["b", "c", "a"]);
  });
});

import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import type { ListedAnalysis } from "../../persistence/analysisRepo";
import { overviewEntry, overviewList } from "./overviewList";

function record(
  id: string,
  title: string,
  times: { updatedAt: number; createdAt: number; openedAt: number },
  label: string,
) {
  const { updatedAt, createdAt, openedAt } = times;
  const analysis = { ...makeAnalysis([factor(`${id}-f`, "cause", label)]), id, title, createdAt };
  return {
    id,
    title,
    updatedAt,
    openedAt,
    deletedAt: null,
    counts: { quotes: 0, clusters: 0, links: 0 },
    analysis,
  } satisfies ListedAnalysis;
}

const entries = [
  record("a", "Zorg in de wijk", { updatedAt: 300, createdAt: 100, openedAt: 300 }, "Wachtlijsten"),
  record("b", "analyse 10", { updatedAt: 100, createdAt: 300, openedAt: 400 }, "Te weinig agenten"),
  record("c", "Analyse 9", { updatedAt: 200, createdAt: 200, openedAt: 200 }, "Signalen gemist"),
].map(overviewEntry);
const ids = (records: ListedAnalysis[]) => records.map((r) => r.id);

describe("the overview's search and sort", () => {
  it("finds an analysis by a word in a node's label, or in its title, in any case", () => {
    expect(ids(overviewList(entries, "wachtlijsten", "edited", "nl-NL"))).toEqual(["a"]);
    expect(ids(overviewList(entries, "ZORG wijk", "edited", "nl-NL"))).toEqual(["a"]);
    expect(ids(overviewList(entries, "nergens", "edited", "nl-NL"))).toEqual([]);
  });

  it("sorts by last opening, by last edit, by name (numbers as numbers) and by creation", () => {
    expect(ids(overviewList(entries, "", "opened", "nl-NL"))).toEqual(["b", "a", "c"]);
    expect(ids(overviewList(entries, "", "edited", "nl-NL"))).toEqual(["a", "c", "b"]);
    expect(ids(overviewList(entries, "", "name", "nl-NL"))).toEqual(["c", "b", "a"]);
    expect(ids(overviewList(entries, "", "created", "nl-NL"))).toEqual(["b", "c", "a"]);
  });
});

import { describe, expect, it } from "vitest";
import { causeTree } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { withGoalTree } from "./derive";

describe("deriveGoalTree", () => {
  it("turns the core problem into the main goal, causes into goals and effects into outcomes", () => {
    const made = withGoalTree(causeTree(), countingIds());
    const goals = made.goalTree?.goals ?? [];
    expect(goals.map((g) => [g.sourceId, g.kind, g.status, g.text])).toEqual([
      ["kern", "main", "overgenomen", "Slachtoffers worden laat herkend"],
      ["signalen", "goal", "overgenomen", "Signalen worden niet gedeeld"],
      ["kennis", "goal", "overgenomen", "Te weinig kennis bij professionals"],
      ["capaciteit", "goal", "overgenomen", "Te weinig capaciteit bij de politie"],
      ["schade", "outcome", "overgenomen", "Langdurige schade bij slachtoffers"],
      ["daders", "outcome", "overgenomen", "Daders gaan door"],
    ]);
    const bySource = new Map(goals.map((g) => [g.id, g.sourceId]));
    expect(
      made.goalTree?.links.map((l) => [bySource.get(l.source), bySource.get(l.target)]),
    ).toEqual([
      ["kennis", "signalen"],
      ["signalen", "kern"],
      ["capaciteit", "kern"],
      ["kern", "schade"],
      ["kern", "daders"],
    ]);
    expect(made.goalTree?.actions).toEqual([]);
  });

  it("keeps a goal tree that was already made", () => {
    const made = withGoalTree(causeTree(), countingIds());
    expect(withGoalTree(made, countingIds())).toBe(made);
  });
});

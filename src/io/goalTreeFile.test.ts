import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileOf } from "../../tests/helpers/importFixtures";
import type { Analysis } from "../domain/analysis/analysis";
import { importErrorMessage } from "../i18n/importError";
import { translate } from "../i18n/messages";
import { analysisFileText } from "./analysisFile";
import { readImportFile } from "./readImport";

const v4 = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../tests/fixtures/analysis/v4-analysis.json"), "utf8"),
) as Analysis;
const context = { corpusId: "seed-samen-tegen-mensenhandel", quotes: [], now: 1_800_000_000_000 };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("the analysis file carries the goal tree", () => {
  it("exports and imports the goals, their links and the action plan unchanged", async () => {
    const text = analysisFileText(v4, [], new Date(0));
    const result = await readImportFile(fileOf("plan.ontrafel.json", bytes(text)), context);
    if (!result.ok || result.value.source === "canvas") throw new Error(JSON.stringify(result));
    expect(result.value.analysis.goalTree).toEqual(v4.goalTree);
  });

  it("refuses a bad goal tree with its path, worded by the one import error formatter", async () => {
    const tree = v4.goalTree;
    if (!tree) throw new Error("fixture without goal tree");
    const [first, ...rest] = tree.actions;
    const broken = {
      ...v4,
      goalTree: { ...tree, actions: [{ ...first, status: "soms" }, ...rest] },
    };
    const text = analysisFileText(broken as Analysis, [], new Date(0));
    const result = await readImportFile(fileOf("plan.ontrafel.json", bytes(text)), context);
    expect(!result.ok && result.error).toMatchObject({
      kind: "invalid",
      path: "$.analysis.goalTree.actions[0].status",
    });
    if (result.ok) throw new Error("the broken file was imported");
    const message = importErrorMessage(
      (key, params) => translate("nl", key, params),
      result.error,
      { name: "plan.ontrafel.json", size: text.length, format: "analysis" },
    );
    expect(message).toContain("$.analysis.goalTree.actions[0].status");
  });
});

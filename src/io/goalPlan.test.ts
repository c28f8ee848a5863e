import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../domain/analysis/analysis";
import { exportLabels, planWords } from "../i18n/exportLabels";
import { actionTableCsv, goalPlanMarkdown } from "./goalPlan";

const v4 = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../tests/fixtures/analysis/v4-analysis.json"), "utf8"),
) as Analysis;

describe("the vision and action plan draft", () => {
  const markdown = goalPlanMarkdown(v4, exportLabels("nl"), planWords("nl"));

  it("has the main goal, the sub-goals with their actions and the quotes behind them", () => {
    expect(markdown).toContain("# Mensenhandel: doelenboom juni: visie en actieplan");
    expect(markdown).toContain("## Hoofddoel\n\n### Slachtoffers blijven buiten beeld");
    expect(markdown).toContain(
      "## Subdoelen\n\n### Signalen worden herkend en gedeeld\n\n*Vanuit: Signalen worden niet herkend*",
    );
    expect(markdown).toContain(
      "### Slachtoffers weten waar ze hulp vinden\n\n**Acties**\n\n- Nog geen actie.",
    );
    expect(markdown).toContain(
      "- **Training signalering** (Wie: Gemeente; Wanneer: 2027 Q2; Loopt)\n  - Indicator: Meldingen per jaar (nulmeting 12; streefwaarde 40; Databron: Meldpunt)\n  - Met de GGD",
    );
    expect(markdown).toMatch(/\*\*Wat belanghebbenden zeiden\*\*\n\n> .+ — 2\.11 .+, p\. 41/);
    expect(markdown).toContain(
      "## Geschrapt (aannames, buiten de opdracht)\n\n- Daders gaan vrijuit",
    );
  });
});

describe("the action table", () => {
  it("has one row per action with goal, cause, owner, horizon, indicator and evidence counts", () => {
    const csv = actionTableCsv(v4, planWords("en"));
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(header).toBe(
      "Goal,Cause,Action,Who,When,Status,Indicator,Baseline,Target,Data source,Quotes,Themes",
    );
    expect(rows).toHaveLength(v4.goalTree?.actions.length ?? -1);
    expect(rows[0]).toBe(
      "Signalen worden herkend en gedeeld,Signalen worden niet herkend,Training signalering,Gemeente,2027 Q2,Running,Meldingen per jaar,12,40,Meldpunt,1,1",
    );
  });
});

import type { Analysis } from "../../src/domain/analysis/analysis";
import type { Goal } from "../../src/domain/goals/goalTree";
import { cluster, factor, link, makeAnalysis, quoteCard } from "./analysisFactory";

/** Problem, three causes (two at the root, one between), two effects, quotes on the causes. */
export function causeTree(): Analysis {
  return makeAnalysis(
    [
      factor("kern", "problem", "Slachtoffers worden laat herkend"),
      cluster("signalen", "cause", "Signalen worden niet gedeeld"),
      factor("kennis", "cause", "Te weinig kennis bij professionals"),
      factor("capaciteit", "cause", "Te weinig capaciteit bij de politie"),
      factor("schade", "symptom", "Langdurige schade bij slachtoffers"),
      factor("daders", "symptom", "Daders gaan door"),
      quoteCard("q1", "quote-1", { clusterId: "signalen", section: "2.11" }),
      quoteCard("q2", "quote-2", { clusterId: "signalen", section: "2.3" }),
      quoteCard("q3", "quote-3", { section: "3.1", chapter: 3 }),
      factor("los", null, "Nog zonder rol"),
    ],
    [
      link("kennis", "signalen"),
      link("signalen", "kern"),
      link("capaciteit", "kern"),
      link("kern", "schade"),
      link("kern", "daders"),
      link("q3", "kennis"),
    ],
  );
}

export const goalOf = (analysis: Analysis, sourceId: string): Goal => {
  const goal = analysis.goalTree?.goals.find((g) => g.sourceId === sourceId);
  if (!goal) throw new Error(`no goal for ${sourceId}`);
  return goal;
};

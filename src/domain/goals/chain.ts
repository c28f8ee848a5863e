import type { Analysis, QuoteNode, Role } from "../analysis/analysis";
import { hasRole } from "../analysis/analysis";
import { evidenceByCause } from "../analysis/evidenceByCause";
import { supportingQuoteNodes } from "../analysis/graph";
import type { Action, Goal } from "./goalTree";

export interface ChainQuote {
  quoteId: string;
  text: string;
  chapter: number;
  section: string;
  sectionTitle: string | null;
  page: number | null;
}

export interface ChainCause {
  id: string;
  label: string;
  role: Role | null;
  quotes: ChainQuote[];
}

/**
 * Why a goal or action is there, in the stakeholders' words: the element it answers, that
 * element's own quotes, and the causes beneath it with theirs (nearest first), with totals.
 */
export interface EvidenceChain {
  goal: Goal | null;
  action: Action | null;
  source: ChainCause | null;
  below: ChainCause[];
  /** Distinct corpus quotes in the whole chain. */
  quoteCount: number;
  /** Distinct sections (themes of the bloemlezing) those quotes come from. */
  themeCount: number;
}

const chainQuote = (card: QuoteNode): ChainQuote => ({
  quoteId: card.quoteId,
  text: card.snapshot.text,
  chapter: card.snapshot.chapter,
  section: card.snapshot.section,
  sectionTitle: card.snapshot.sectionTitle,
  page: card.snapshot.page,
});

function causeOf(analysis: Analysis, id: string, cards: readonly QuoteNode[]): ChainCause {
  const node = analysis.nodes.find((n) => n.id === id);
  return {
    id,
    label: node && "label" in node ? node.label : "",
    role: node && hasRole(node) ? node.role : null,
    quotes: cards.map(chainQuote),
  };
}

function chainOfGoal(analysis: Analysis, goal: Goal | null, action: Action | null): EvidenceChain {
  const sourceId = goal?.sourceId ?? null;
  const present = sourceId !== null && analysis.nodes.some((n) => n.id === sourceId);
  if (!goal || !present || sourceId === null)
    return { goal, action, source: null, below: [], quoteCount: 0, themeCount: 0 };
  const source = causeOf(analysis, sourceId, supportingQuoteNodes(analysis, sourceId));
  const below = evidenceByCause(analysis, sourceId).map((group) =>
    causeOf(analysis, group.causeId, group.cards),
  );
  const all = [source, ...below].flatMap((cause) => cause.quotes);
  return {
    goal,
    action,
    source,
    below,
    quoteCount: new Set(all.map((q) => q.quoteId)).size,
    themeCount: new Set(all.map((q) => `${q.chapter}|${q.section}`)).size,
  };
}

export function goalChain(analysis: Analysis, goalId: string): EvidenceChain {
  const goal = analysis.goalTree?.goals.find((g) => g.id === goalId) ?? null;
  return chainOfGoal(analysis, goal, null);
}

export function actionChain(analysis: Analysis, actionId: string): EvidenceChain {
  const tree = analysis.goalTree;
  const action = tree?.actions.find((a) => a.id === actionId) ?? null;
  const goal = (action && tree?.goals.find((g) => g.id === action.goalId)) ?? null;
  return chainOfGoal(analysis, goal, action);
}

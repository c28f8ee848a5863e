import type { Analysis } from "../domain/analysis/analysis";
import { type ChainQuote, goalChain } from "../domain/goals/chain";
import type { Action, ActionStatus, Goal, GoalStatus } from "../domain/goals/goalTree";
import { csvRow } from "./csv";
import type { ExportLabels } from "./exportLabels";
import { escapeMarkdown } from "./markdown";

/** The words of the vision-and-action-plan draft and the action table, in the UI's language. */
export interface PlanWords {
  heading(title: string): string;
  mainGoal: string;
  subGoals: string;
  outcomes: string;
  struck: string;
  looseActions: string;
  /** "Oorzaak: …" / "Probleem: …" before the negative statement a goal answers. */
  answers: string;
  actions: string;
  noActions: string;
  evidence: string;
  owner: string;
  horizon: string;
  indicator: string;
  baseline: string;
  target: string;
  dataSource: string;
  goalStatus(status: GoalStatus): string;
  actionStatus(status: ActionStatus): string;
  /** Goal, cause, action, owner, horizon, status, indicator, baseline, target, data source, quotes, themes. */
  tableHeader: readonly string[];
}

type Reference = ExportLabels["reference"];

function quoteLine(quote: ChainQuote, reference: Reference): string {
  const where = reference({
    text: quote.text,
    chapter: quote.chapter,
    chapterTitle: "",
    section: quote.section,
    sectionTitle: quote.sectionTitle,
    page: quote.page,
    source: "",
  });
  return `> ${escapeMarkdown(quote.text)} — ${escapeMarkdown(where)}`;
}

function actionLines(action: Action, words: PlanWords): string[] {
  const fields = [
    action.owner && `${words.owner}: ${escapeMarkdown(action.owner)}`,
    action.horizon && `${words.horizon}: ${escapeMarkdown(action.horizon)}`,
    words.actionStatus(action.status),
  ].filter(Boolean);
  const lines = [`- **${escapeMarkdown(action.title || "—")}** (${fields.join("; ")})`];
  const { name, baseline, target, source } = action.indicator;
  if (name || baseline || target) {
    const parts = [
      baseline && `${words.baseline} ${escapeMarkdown(baseline)}`,
      target && `${words.target} ${escapeMarkdown(target)}`,
      source && `${words.dataSource}: ${escapeMarkdown(source)}`,
    ].filter(Boolean);
    lines.push(
      `  - ${words.indicator}: ${escapeMarkdown(name || "—")}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`,
    );
  }
  if (action.note.trim()) lines.push(`  - ${escapeMarkdown(action.note)}`);
  return lines;
}

function goalSection(
  analysis: Analysis,
  goal: Goal,
  level: string,
  words: PlanWords,
  reference: Reference,
): string[] {
  const tree = analysis.goalTree;
  const lines = [`${level} ${escapeMarkdown(goal.text || "—")}`, ""];
  if (goal.sourceText) lines.push(`*${words.answers}: ${escapeMarkdown(goal.sourceText)}*`, "");
  const actions = tree?.actions.filter((a) => a.goalId === goal.id) ?? [];
  if (goal.kind === "goal") {
    lines.push(`**${words.actions}**`, "");
    if (actions.length === 0) lines.push(`- ${words.noActions}`);
    for (const action of actions) lines.push(...actionLines(action, words));
    lines.push("");
  } else if (actions.length > 0) {
    lines.push(`**${words.actions}**`, "");
    for (const action of actions) lines.push(...actionLines(action, words));
    lines.push("");
  }
  const chain = goalChain(analysis, goal.id);
  const quotes = [...(chain.source?.quotes ?? []), ...chain.below.flatMap((c) => c.quotes)];
  const seen = new Set<string>();
  const unique = quotes.filter((q) => !seen.has(q.quoteId) && seen.add(q.quoteId));
  if (unique.length > 0) {
    lines.push(`**${words.evidence}**`, "");
    for (const quote of unique) lines.push(quoteLine(quote, reference), "");
  }
  return lines;
}

/**
 * A first draft of the vision and action plan: the main goal, the sub-goals with their actions
 * (owner, horizon, indicator) and the quotes behind each, the outcomes, what was struck out
 * (kept as assumptions) and actions that serve no goal yet.
 */
export function goalPlanMarkdown(
  analysis: Analysis,
  labels: ExportLabels,
  words: PlanWords,
): string {
  const tree = analysis.goalTree ?? { goals: [], links: [], actions: [] };
  const live = tree.goals.filter((g) => g.status !== "geschrapt");
  const section = (heading: string, goals: Goal[], level = "###") =>
    goals.length === 0
      ? []
      : [
          `## ${heading}`,
          "",
          ...goals.flatMap((g) => goalSection(analysis, g, level, words, labels.reference)),
        ];
  const struck = tree.goals.filter((g) => g.status === "geschrapt");
  const goalIds = new Set(tree.goals.map((g) => g.id));
  const loose = tree.actions.filter((a) => a.goalId === null || !goalIds.has(a.goalId));
  const lines = [
    `# ${escapeMarkdown(words.heading(analysis.title))}`,
    "",
    ...section(
      words.mainGoal,
      live.filter((g) => g.kind === "main"),
    ),
    ...section(
      words.subGoals,
      live.filter((g) => g.kind === "goal"),
    ),
    ...section(
      words.outcomes,
      live.filter((g) => g.kind === "outcome"),
    ),
    ...(struck.length > 0
      ? [
          `## ${words.struck}`,
          "",
          ...struck.map((g) => `- ${escapeMarkdown(g.text || g.sourceText || "—")}`),
          "",
        ]
      : []),
    ...(loose.length > 0
      ? [`## ${words.looseActions}`, "", ...loose.flatMap((a) => actionLines(a, words)), ""]
      : []),
  ];
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/**
 * The action plan as a table, one row per action: its goal and the cause that goal answers,
 * owner, horizon, status, the indicator with baseline, target and data source, and how many
 * quotes and themes stand behind it. Starts with a byte order mark so spreadsheets read UTF-8.
 */
export function actionTableCsv(analysis: Analysis, words: PlanWords): string {
  const tree = analysis.goalTree ?? { goals: [], links: [], actions: [] };
  const goals = new Map(tree.goals.map((g) => [g.id, g]));
  const rows = [csvRow(words.tableHeader)];
  for (const action of tree.actions) {
    const goal = action.goalId === null ? undefined : goals.get(action.goalId);
    const chain = goal ? goalChain(analysis, goal.id) : null;
    rows.push(
      csvRow([
        goal?.text ?? "",
        chain?.source?.label ?? goal?.sourceText ?? "",
        action.title,
        action.owner,
        action.horizon,
        words.actionStatus(action.status),
        action.indicator.name,
        action.indicator.baseline,
        action.indicator.target,
        action.indicator.source,
        chain?.quoteCount ?? 0,
        chain?.themeCount ?? 0,
      ]),
    );
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

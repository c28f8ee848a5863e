import { z } from "zod";

/*
 * The goal tree (doelenboom) and action plan: a second view of the same analysis, stored in
 * it. Each goal keeps the id of the problem-tree element it answers (`sourceId`), so the
 * chain quote → cluster → cause → goal → action stays intact; a goal added by the analyst has
 * none. Kept in the analysis rather than as a linked analysis: one file, one save, one undo
 * history, and the problem tree it points into can never be missing.
 */

const idSchema = z.string().min(1).max(200);

/** overgenomen: the source text as is; herschreven: rewritten; geschrapt: out of scope (kept
 * visibly, as an assumption); toegevoegd: the analyst's own, no source element. */
export const GOAL_STATUSES = ["overgenomen", "herschreven", "geschrapt", "toegevoegd"] as const;
export const goalStatusSchema = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

/** main: from the core problem; goal: from a cause; outcome: from an effect (symptom). */
export const GOAL_KINDS = ["main", "goal", "outcome"] as const;
export const goalKindSchema = z.enum(GOAL_KINDS);
export type GoalKind = z.infer<typeof goalKindSchema>;

export const goalSchema = z.strictObject({
  id: idSchema,
  kind: goalKindSchema,
  /** The problem-tree node it came from; null for a goal the analyst added. */
  sourceId: idSchema.nullable(),
  /** The negative statement as it read when the goal was made or last brought in step. */
  sourceText: z.string().max(2000),
  text: z.string().max(2000),
  status: goalStatusSchema,
  /** Set when its source left the problem tree: the goal stays, marked, until retired. */
  sourceGone: z.boolean(),
});
export type Goal = z.infer<typeof goalSchema>;

/** "draagt bij aan": the goal at `source` contributes to the one at `target`. */
export const goalLinkSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
});
export type GoalLink = z.infer<typeof goalLinkSchema>;

export const ACTION_STATUSES = ["planned", "running", "done", "stopped"] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** The logframe fields of an action: what is measured, from where to where, and its source. */
export const indicatorSchema = z.strictObject({
  name: z.string().max(500),
  baseline: z.string().max(200),
  target: z.string().max(200),
  source: z.string().max(500),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const actionSchema = z.strictObject({
  id: idSchema,
  /** The goal it serves; null when it is not attached (a check flags it). */
  goalId: idSchema.nullable(),
  title: z.string().max(500),
  owner: z.string().max(200),
  horizon: z.string().max(200),
  status: actionStatusSchema,
  indicator: indicatorSchema,
  note: z.string().max(5000),
});
export type Action = z.infer<typeof actionSchema>;

export const goalTreeSchema = z.strictObject({
  goals: z.array(goalSchema),
  links: z.array(goalLinkSchema),
  actions: z.array(actionSchema),
});
export type GoalTree = z.infer<typeof goalTreeSchema>;

export const EMPTY_INDICATOR: Indicator = { name: "", baseline: "", target: "", source: "" };

/** A goal the analyst changed: its text, its status, or one they added themselves. */
export function isEdited(goal: Goal): boolean {
  return goal.status !== "overgenomen" || goal.text !== goal.sourceText;
}

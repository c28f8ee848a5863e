import { memo, useMemo } from "react";
import { type GoalFinding, goalTreeFindings } from "../../../domain/goals/checks";
import type { MessageKey } from "../../../i18n/messages";
import { useAppStore } from "../../../state/StoreProvider";
import { useAnalysisContent } from "../../../state/useAnalysisContent";
import { useT } from "../../../state/useT";
import { type Finding, findingsOf } from "./checks";
import { nodeDisplayName } from "./nodeDisplayName";

const FINDING_TEXT: Record<Finding["kind"], { title: MessageKey; hint: MessageKey }> = {
  cycle: { title: "panels.checks.cycle", hint: "panels.checks.cycleHint" },
  noProblem: { title: "panels.checks.noProblem", hint: "panels.checks.noProblemHint" },
  roleless: { title: "panels.checks.roleless", hint: "panels.checks.rolelessHint" },
  orphans: { title: "panels.checks.orphans", hint: "panels.checks.orphansHint" },
};

type Names = ReadonlyMap<string, string>;

/** Structural checks on the problem tree, then those of the goal tree and action plan. */
export function ChecksPanel() {
  return (
    <>
      <ProblemTreeChecks />
      <GoalTreeChecks />
    </>
  );
}

/** Loops, loose ends, missing roles, no core problem. */
function ProblemTreeChecks() {
  const t = useT();
  const analysis = useAnalysisContent();
  const select = useAppStore((s) => s.select);
  const untitled = t("canvas.untitled");
  const findings = useMemo(() => findingsOf(analysis), [analysis]);
  const names = useMemo(
    () => new Map(analysis.nodes.map((n) => [n.id, nodeDisplayName(n, untitled)])),
    [analysis.nodes, untitled],
  );

  if (analysis.nodes.length === 0)
    return <p className="panel-hint">{t("panels.checks.emptyCanvas")}</p>;
  if (findings.length === 0) {
    return (
      <p className="checks-clean">
        <span aria-hidden="true">✓ </span>
        {t("panels.checks.clean")}
      </p>
    );
  }
  return (
    <div className="checks">
      <p className="checks-count">
        {findings.length === 1
          ? t("panels.checks.countOne")
          : t("panels.checks.count", { count: findings.length })}
      </p>
      <ul className="findings">
        {findings.map((finding) => (
          <FindingItem
            key={`${finding.kind}:${finding.nodeIds.join(",")}`}
            finding={finding}
            names={names}
            select={select}
          />
        ))}
      </ul>
    </div>
  );
}

const FindingItem = memo(function FindingItem({
  finding,
  names,
  select,
}: {
  finding: Finding;
  names: Names;
  select(nodeIds: Iterable<string>): void;
}) {
  const t = useT();
  const { title, hint } = FINDING_TEXT[finding.kind];
  return (
    <li className={`finding finding-${finding.kind}`}>
      <h3>
        <span aria-hidden="true">⚠ </span>
        {t(title)}
      </h3>
      <p className="panel-hint">{t(hint)}</p>
      {finding.kind === "cycle" ? (
        <CycleDetails loop={finding.loop} nodeIds={finding.nodeIds} names={names} select={select} />
      ) : (
        finding.nodeIds.length > 0 && (
          <NodeButtons nodeIds={finding.nodeIds} names={names} select={select} />
        )
      )}
    </li>
  );
});

function CycleDetails({
  loop,
  nodeIds,
  names,
  select,
}: {
  loop: string[];
  nodeIds: string[];
  names: Names;
  select(nodeIds: Iterable<string>): void;
}) {
  const t = useT();
  const nameOf = (id: string) => names.get(id) ?? id;
  const inLoop = new Set(loop);
  const others = nodeIds.filter((id) => !inLoop.has(id));
  // Written as the arrows run, back to where it started: "A → B → C → A".
  const path = [...loop, loop[0] ?? ""].map(nameOf).join(" → ");
  return (
    <>
      <p className="cycle-path" data-testid="cycle-path">
        {path}
      </p>
      {others.length > 0 && (
        <p className="panel-hint">
          {t("panels.checks.cycleAlso", { names: others.map(nameOf).join(", ") })}
        </p>
      )}
      <button type="button" onClick={() => select(nodeIds)}>
        {t("panels.checks.selectCycle")}
      </button>
    </>
  );
}

function NodeButtons({
  nodeIds,
  names,
  select,
}: {
  nodeIds: string[];
  names: Names;
  select(nodeIds: Iterable<string>): void;
}) {
  const t = useT();
  return (
    <>
      <ul className="finding-nodes">
        {nodeIds.map((id) => {
          const name = names.get(id) ?? id;
          return (
            <li key={id}>
              <button
                type="button"
                className="link-button"
                aria-label={t("panels.checks.selectOne", { name })}
                onClick={() => select([id])}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      {nodeIds.length > 1 && (
        <button type="button" onClick={() => select(nodeIds)}>
          {t("panels.checks.selectAll", { count: nodeIds.length })}
        </button>
      )}
    </>
  );
}

const GOAL_FINDING_TEXT: Record<GoalFinding["kind"], { title: MessageKey; hint: MessageKey }> = {
  rootCauseWithoutAction: {
    title: "goals.check.rootCauseWithoutAction",
    hint: "goals.check.rootCauseWithoutActionHint",
  },
  actionWithoutGoal: {
    title: "goals.check.actionWithoutGoal",
    hint: "goals.check.actionWithoutGoalHint",
  },
  struckGoalWithActions: {
    title: "goals.check.struckGoalWithActions",
    hint: "goals.check.struckGoalWithActionsHint",
  },
  sourceGone: { title: "goals.check.sourceGone", hint: "goals.check.sourceGoneHint" },
};

/**
 * A root cause whose goal has no action, an action with no goal, a struck-out goal with
 * actions, a goal whose source is gone. Each names its goals and actions; choosing one opens
 * the goal view with it selected.
 */
function GoalTreeChecks() {
  const t = useT();
  const analysis = useAnalysisContent();
  const setGoalView = useAppStore((s) => s.setGoalView);
  const selectGoalItem = useAppStore((s) => s.selectGoalItem);
  const findings = useMemo(() => goalTreeFindings(analysis), [analysis]);
  const tree = analysis.goalTree;
  if (!tree || findings.length === 0) return null;
  const goalName = (id: string) => tree.goals.find((g) => g.id === id)?.text || id;
  const actionName = (id: string) =>
    tree.actions.find((a) => a.id === id)?.title || t("goals.action.untitled");
  const show = (kind: "goal" | "action", id: string) => {
    setGoalView(true);
    selectGoalItem({ kind, id });
  };
  return (
    <div className="checks goal-checks" data-testid="goal-checks">
      <h3>{t("goals.checks")}</h3>
      <ul className="findings">
        {findings.map((finding) => {
          const { title, hint } = GOAL_FINDING_TEXT[finding.kind];
          const items = [
            ...finding.goalIds.map((id) => ["goal", id, goalName(id)] as const),
            ...finding.actionIds.map((id) => ["action", id, actionName(id)] as const),
          ];
          return (
            <li key={finding.kind} className={`finding finding-${finding.kind}`}>
              <h4>
                <span aria-hidden="true">⚠ </span>
                {t(title)}
              </h4>
              <p className="panel-hint">{t(hint)}</p>
              <ul className="finding-nodes">
                {items.map(([kind, id, name]) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t("goals.check.show", { name })}
                      onClick={() => show(kind, id)}
                    >
                      {name}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

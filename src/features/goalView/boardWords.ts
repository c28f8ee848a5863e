import { type BoardWords, goalTreeBoard, ROLE_OF_GOAL_KIND } from "../../domain/goals/board";
import { GOAL_KINDS } from "../../domain/goals/goalTree";
import type { MessageKey } from "../../i18n/messages";
import type { PictureSubject } from "../transfer/exportFormats";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The words of the goal tree's board, on screen and in a picture alike: a goal's own text (its
 * source text until rewritten), struck goals marked, an action with its owner and horizon.
 */
export function goalBoardWords(t: Translate): BoardWords {
  return {
    contributesTo: t("goals.contributesTo"),
    goal: (goal) => {
      const text = goal.text || goal.sourceText;
      return goal.status === "geschrapt" ? `${text} (${t("goals.status.geschrapt")})` : text;
    },
    action: (action) =>
      [action.title || t("goals.action.untitled"), action.owner, action.horizon]
        .filter(Boolean)
        .join(" · "),
  };
}

/**
 * The goal tree as the subject of the problem tree's picture exports (PNG, SVG, PDF): its
 * board, the legend naming goal kinds by their role colours and links "draagt bij aan".
 */
export function goalPictureSubject(t: Translate): PictureSubject {
  const words = goalBoardWords(t);
  const kindOfRole = new Map(GOAL_KINDS.map((kind) => [ROLE_OF_GOAL_KIND[kind], kind]));
  return {
    board: (analysis) => goalTreeBoard(analysis, words),
    labels: (labels) => ({
      ...labels,
      role: (role) => {
        const kind = role === null ? undefined : kindOfRole.get(role);
        return kind ? t(`goals.kind.${kind}`) : labels.role(role);
      },
      edge: (kind) => (kind === "causes" ? words.contributesTo : labels.edge(kind)),
    }),
    name: t("goals.view.goals"),
  };
}

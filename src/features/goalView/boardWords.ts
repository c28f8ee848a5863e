import type { BoardWords } from "../../domain/goals/board";
import type { MessageKey } from "../../i18n/messages";

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

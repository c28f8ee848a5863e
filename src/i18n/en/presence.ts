import type { presence as nl } from "../nl/presence";

export const presence: Record<keyof typeof nl, string> = {
  "access.viewOnly": "View only",
  "access.viewOnly.hint": "With this link you can look, not change.",
};

import type { EditAccess } from "../../state/slices/shareSlice";

/** Keys that only look, select or steer the room's view: they work for everyone. */
const LOOKING = new Set([
  "nextNode",
  "previousNode",
  "addNextNode",
  "selectAll",
  "clearSelection",
  "copy",
  "fitView",
  "nextRegion",
  "help",
  "presentation",
  "presentRank",
  "focus",
  "focusLevel",
  "timer",
]);

/** What a workshop participant may do besides looking: their own dots, a new cause, undo. */
const PARTICIPATING = new Set(["vote", "unvote", "votingPanel", "quickCapture", "undo", "redo"]);

/**
 * Whether a shortcut (by its id in shortcuts.ts) works for this person: every one with full
 * access; with a view-only link only those that change nothing; a participant also votes.
 */
export function shortcutAllowed(id: string, access: EditAccess): boolean {
  if (access === "full" || LOOKING.has(id)) return true;
  return access === "participant" && PARTICIPATING.has(id);
}

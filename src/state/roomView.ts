import { z } from "zod";
import type { AppState } from "./createAppStore";
import { timerSchema } from "./slices/workshopSlice";

const rectSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
/** A part of the canvas in flow coordinates. */
export type ViewRect = z.infer<typeof rectSchema>;

/**
 * What a room following a facilitator sees besides the analysis itself: their visible area,
 * selection, focus, shown voting round and timer. Sent to a projector window on the same
 * device (features/workshop/projectorChannel.ts) and, in a shared analysis, to colleagues'
 * devices that follow this person (app/sync/presence.ts).
 */
export const roomViewSchema = z.strictObject({
  view: rectSchema.nullable(),
  selected: z.array(z.string()).max(5000),
  focusMode: z.boolean(),
  focusLevel: z.number().int().nonnegative().nullable(),
  shownRoundId: z.string().nullable(),
  timer: timerSchema,
});
export type RoomView = z.infer<typeof roomViewSchema>;

export function roomViewOf(state: AppState, view: ViewRect | null): RoomView {
  return {
    view,
    selected: [...state.selectedNodeIds],
    focusMode: state.focusMode,
    focusLevel: state.focusLevel,
    shownRoundId: state.shownRoundId,
    timer: state.timer,
  };
}

/** The store as the followed person's room view says (the visible area is the canvas's part). */
export function roomViewState(room: RoomView): Partial<AppState> {
  return {
    selectedNodeIds: new Set(room.selected),
    focusMode: room.focusMode,
    focusLevel: room.focusLevel,
    shownRoundId: room.shownRoundId,
    timer: room.timer,
  };
}

import { z } from "zod";
import { openBroadcastChannel } from "../../services/channel";
import { timerSchema } from "../../state/slices/workshopSlice";

/**
 * The facilitator's window and the projector window talk on this channel: the projector asks
 * for the session on start ("hello"); the facilitator sends what the room should see besides
 * the analysis itself (which tab sync carries): the visible area, selection, focus, the shown
 * voting round and the timer.
 */
export const PROJECTOR_CHANNEL = "ontrafel-projector";

const rectSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
export type ViewRect = z.infer<typeof rectSchema>;

const sessionSchema = z.strictObject({
  type: z.literal("session"),
  analysisId: z.string(),
  view: rectSchema.nullable(),
  selected: z.array(z.string()),
  focusMode: z.boolean(),
  focusLevel: z.number().int().nonnegative().nullable(),
  shownRoundId: z.string().nullable(),
  timer: timerSchema,
});
export type SessionMessage = z.infer<typeof sessionSchema>;

const messageSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("hello"), analysisId: z.string() }),
  sessionSchema,
]);
export type ProjectorMessage = z.infer<typeof messageSchema>;

export function readProjectorMessage(data: unknown): ProjectorMessage | null {
  const result = messageSchema.safeParse(data);
  return result.success ? result.data : null;
}

export function openProjectorChannel() {
  return openBroadcastChannel<ProjectorMessage>(PROJECTOR_CHANNEL);
}

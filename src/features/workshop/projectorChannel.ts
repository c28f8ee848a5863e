import { z } from "zod";
import { openBroadcastChannel } from "../../services/channel";
import { roomViewSchema } from "../../state/roomView";

/**
 * The facilitator's window and the projector window talk on this channel: the projector asks
 * for the session on start ("hello"); the facilitator sends what the room should see besides
 * the analysis itself (which tab sync carries): the visible area, selection, focus, the shown
 * voting round and the timer.
 */
export const PROJECTOR_CHANNEL = "ontrafel-projector";

const sessionSchema = roomViewSchema.extend({
  type: z.literal("session"),
  analysisId: z.string(),
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

import { z } from "zod";
import { type ShareRole, shareRoleSchema } from "../../persistence/sharedAnalyses";

/**
 * What a connection may do, as the sync server tells each client once it is let in (a
 * Hocuspocus stateless message): the owner and edit links edit, view links only look, and
 * participant links vote and add causes. Hocuspocus itself only knows read-write or read-only.
 */
const accessMessageSchema = z.object({ type: z.literal("ontrafel-access"), role: shareRoleSchema });

export function accessMessage(role: ShareRole): string {
  return JSON.stringify({ type: "ontrafel-access", role });
}

/** The role in a stateless message from the server; null for any other message. */
export function readAccessMessage(payload: string): ShareRole | null {
  try {
    const parsed = accessMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data.role : null;
  } catch {
    return null;
  }
}

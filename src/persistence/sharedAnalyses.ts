import { z } from "zod";

/*
 * What this device remembers about sharing, in localStorage (small, read synchronously at
 * start): the sync server the person chose, and for each shared analysis where it lives on
 * the server and the token this device uses (the owner's secret for analyses shared from here).
 */

const KEY = "ontrafel.sharing";
export const SHARING_VERSION = 1;

export const shareRoleSchema = z.enum(["owner", "editor", "readonly", "participant"]);
export type ShareRole = z.infer<typeof shareRoleSchema>;

export const sharedAnalysisSchema = z.strictObject({
  server: z.string().min(1).max(2000),
  document: z.string().min(1).max(200),
  token: z.string().min(1).max(500),
  /**
   * What the server last told this device the token may do (`owner` for an analysis shared
   * from here). With it an analysis opened offline is bound to this device's copy at once.
   */
  role: shareRoleSchema,
});
export type SharedAnalysis = z.infer<typeof sharedAnalysisSchema>;

export const sharingSchema = z.strictObject({
  version: z.literal(SHARING_VERSION),
  serverUrl: z.string().max(2000).nullable(),
  analyses: z.record(z.string(), sharedAnalysisSchema),
});
export type Sharing = z.infer<typeof sharingSchema>;

const EMPTY: Sharing = { version: SHARING_VERSION, serverUrl: null, analyses: {} };

/** What is remembered; nothing (or something unreadable) reads as nothing shared. */
export function readSharing(storage: Storage | null): Sharing {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return EMPTY;
    const parsed = sharingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function writeSharing(storage: Storage | null, sharing: Sharing): void {
  try {
    storage?.setItem(KEY, JSON.stringify(sharing));
  } catch {
    // Storage full or blocked: sharing still works for this visit.
  }
}

export function rememberShared(storage: Storage | null, analysisId: string, share: SharedAnalysis) {
  const sharing = readSharing(storage);
  writeSharing(storage, { ...sharing, analyses: { ...sharing.analyses, [analysisId]: share } });
}

export function forgetShared(storage: Storage | null, analysisId: string) {
  const sharing = readSharing(storage);
  const { [analysisId]: _gone, ...rest } = sharing.analyses;
  writeSharing(storage, { ...sharing, analyses: rest });
}

export function rememberServerUrl(storage: Storage | null, serverUrl: string) {
  writeSharing(storage, { ...readSharing(storage), serverUrl });
}

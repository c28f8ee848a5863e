import type { SliceCreator } from "../sliceCreator";

/** How the open analysis is shared; never saved, never undone. */
export type ShareStatus =
  | { kind: "local" }
  | { kind: "connecting" }
  | { kind: "shared"; access: EditAccess; online: boolean }
  | { kind: "refused"; reason: "revoked" | "unknown" }
  | { kind: "failed" };

/**
 * What this person may change in the open analysis: everything (not shared, the owner, an edit
 * link), nothing (a view-only link: the editing controls are gone, the store refuses edits), or
 * what a workshop participant may (their own dots, a new cause under a node; participation.ts).
 */
export type EditAccess = "full" | "view" | "participant";

export interface ShareSlice {
  shareStatus: ShareStatus;
  editAccess: EditAccess;
  shareDialogOpen: boolean;
  setShareStatus(status: ShareStatus): void;
  setEditAccess(access: EditAccess): void;
  setShareDialogOpen(open: boolean): void;
}

export const createShareSlice: SliceCreator<ShareSlice> = (set) => ({
  shareStatus: { kind: "local" },
  editAccess: "full",
  shareDialogOpen: false,
  setEditAccess: (editAccess) => set({ editAccess }),
  setShareStatus: (shareStatus) => set({ shareStatus }),
  setShareDialogOpen: (shareDialogOpen) => set({ shareDialogOpen }),
});

import type { SliceCreator } from "../sliceCreator";

/** How the open analysis is shared; never saved, never undone. */
export type ShareStatus =
  | { kind: "local" }
  | { kind: "connecting" }
  | { kind: "shared"; readOnly: boolean; online: boolean }
  | { kind: "refused"; reason: "revoked" | "unknown" }
  | { kind: "failed" };

export interface ShareSlice {
  shareStatus: ShareStatus;
  shareDialogOpen: boolean;
  setShareStatus(status: ShareStatus): void;
  setShareDialogOpen(open: boolean): void;
}

export const createShareSlice: SliceCreator<ShareSlice> = (set) => ({
  shareStatus: { kind: "local" },
  shareDialogOpen: false,
  setShareStatus: (shareStatus) => set({ shareStatus }),
  setShareDialogOpen: (shareDialogOpen) => set({ shareDialogOpen }),
});

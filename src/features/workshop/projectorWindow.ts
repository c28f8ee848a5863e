// Kept apart from the channel's schemas, so the start-up chunk that asks stays small.

/** This window is a projector window: opened with ?projector. */
export function isProjectorWindow(): boolean {
  return (
    typeof window !== "undefined" && new URLSearchParams(window.location.search).has("projector")
  );
}

/** The address of the projector window for an analysis. */
export function projectorUrl(analysisId: string, location: Location = window.location): string {
  return `${location.pathname}?projector#/analysis/${encodeURIComponent(analysisId)}`;
}

/** Working together in a shared analysis: view-only links, who is here, workshop participants. */
export const presence = {
  "access.viewOnly": "Alleen bekijken",
  "access.viewOnly.hint": "Met deze link kunt u kijken, niet wijzigen.",
} as const;

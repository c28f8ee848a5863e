/**
 * Who takes part in a shared analysis, as the others see them: a stable id (this device's, so
 * a participant's dots stay theirs across visits), the name they chose and a colour from the
 * fixed palette. Colours are dark enough for white text on them and for an outline on the
 * light canvas (WCAG contrast at least 4.5:1 against white; participant.test.ts checks it).
 */
export const PRESENCE_COLOURS = [
  "#1d4ed8",
  "#b91c1c",
  "#15803d",
  "#7e22ce",
  "#c2410c",
  "#0f766e",
  "#be185d",
  "#4d5d0f",
] as const;
export type PresenceColour = (typeof PRESENCE_COLOURS)[number];

export interface Participant {
  id: string;
  name: string;
  colour: PresenceColour;
}

export const NAME_MAX = 40;

export function isPresenceColour(value: unknown): value is PresenceColour {
  return typeof value === "string" && (PRESENCE_COLOURS as readonly string[]).includes(value);
}

/** A name as typed: trimmed, at most NAME_MAX characters; empty stays empty. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, " ").slice(0, NAME_MAX);
}

/** A participant as another device announces it; anything else (an old or broken peer) is null. */
export function participantOf(value: unknown): Participant | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, name, colour } = value as Record<string, unknown>;
  if (typeof id !== "string" || id.length === 0 || id.length > 100) return null;
  if (typeof name !== "string" || !isPresenceColour(colour)) return null;
  const clean = cleanName(name);
  return clean ? { id, name: clean, colour } : null;
}

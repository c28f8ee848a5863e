import { z } from "zod";
import { NAME_MAX, PRESENCE_COLOURS, type PresenceColour } from "../domain/presence/participant";

/*
 * Who this device is in shared analyses, in localStorage: a random id (a participant's dots
 * are counted under it), the name the person chose (null until they chose one: the app then
 * says "Deelnemer <number>") and their colour. Made once, on first use; asked for once.
 */

const KEY = "ontrafel.presence";

const identitySchema = z.strictObject({
  version: z.literal(1),
  id: z.string().min(8).max(100),
  name: z.string().min(1).max(NAME_MAX).nullable(),
  number: z.number().int().min(1).max(99),
  colour: z.enum(PRESENCE_COLOURS),
});
export type PresenceIdentity = z.infer<typeof identitySchema>;

export interface IdentityRandom {
  /** A whole number in [0, below). */
  below(below: number): number;
  id(): string;
}

const cryptoRandom: IdentityRandom = {
  below: (below) => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % below,
  id: () => crypto.randomUUID(),
};

function write(storage: Storage | null, identity: PresenceIdentity): void {
  try {
    storage?.setItem(KEY, JSON.stringify(identity));
  } catch {
    // Storage full or blocked: the identity holds for this visit.
  }
}

function read(storage: Storage | null): PresenceIdentity | null {
  try {
    const raw = storage?.getItem(KEY);
    const parsed = raw ? identitySchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** This device's identity; the first call makes (and remembers) one with a default name. */
export function readIdentity(
  storage: Storage | null,
  random: IdentityRandom = cryptoRandom,
): PresenceIdentity {
  const known = read(storage);
  if (known) return known;
  const fresh: PresenceIdentity = {
    version: 1,
    id: random.id(),
    name: null,
    number: 1 + random.below(99),
    colour: PRESENCE_COLOURS[random.below(PRESENCE_COLOURS.length)] ?? PRESENCE_COLOURS[0],
  };
  write(storage, fresh);
  return fresh;
}

/** Remembers the name and colour the person chose. */
export function chooseIdentity(
  storage: Storage | null,
  choice: { name: string; colour: PresenceColour },
): PresenceIdentity {
  const chosen = { ...readIdentity(storage), name: choice.name, colour: choice.colour };
  write(storage, chosen);
  return chosen;
}

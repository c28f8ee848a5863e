/**
 * A choice kept in a key-value storage such as localStorage: read back as one of `choices`,
 * else `fallback`. Remembering is a convenience: a missing, full or locked storage never
 * throws, the choice then holds for this visit only.
 */
export function rememberedChoice<T extends string>(
  key: string,
  choices: readonly T[],
  fallback: T,
) {
  return {
    read(storage: Pick<Storage, "getItem"> | undefined): T {
      let value: string | null | undefined = null;
      try {
        value = storage?.getItem(key);
      } catch {
        // Unreadable storage: the fallback.
      }
      return choices.find((choice) => choice === value) ?? fallback;
    },
    write(storage: Pick<Storage, "setItem"> | undefined, value: T): void {
      try {
        storage?.setItem(key, value);
      } catch {
        // Not remembered; the choice still holds for this visit.
      }
    },
  };
}

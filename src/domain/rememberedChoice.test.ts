import { describe, expect, it } from "vitest";
import { rememberedChoice } from "./rememberedChoice";

const density = rememberedChoice("density", ["comfortable", "compact"] as const, "comfortable");

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe("rememberedChoice", () => {
  it("reads back what was written", () => {
    const storage = memoryStorage();
    density.write(storage, "compact");
    expect(density.read(storage)).toBe("compact");
  });

  it("falls back on nothing stored, an unknown value, or no storage at all", () => {
    const storage = memoryStorage();
    expect(density.read(storage)).toBe("comfortable");
    storage.setItem("density", "huge");
    expect(density.read(storage)).toBe("comfortable");
    expect(density.read(undefined)).toBe("comfortable");
  });

  it("never throws when the storage is full or locked", () => {
    const locked = {
      getItem: (): string => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: (): void => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(() => density.write(locked, "compact")).not.toThrow();
    expect(density.read(locked)).toBe("comfortable");
  });
});

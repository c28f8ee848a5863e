import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../tests/helpers/memoryStorage";
import { readDeviceKey, tokenWithDeviceKey } from "./deviceKey";

describe("this device's key for shared analyses", () => {
  it("is made once, at least 256 random bits, and kept", () => {
    const storage = memoryStorage();
    const key = readDeviceKey(storage);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readDeviceKey(storage)).toBe(key);
    expect(readDeviceKey(memoryStorage())).not.toBe(key);
  });

  it("replaces a damaged one and follows the link's token after a dot", () => {
    const storage = memoryStorage();
    storage.setItem("ontrafel.deviceKey", "kort.met.punten");
    const token = tokenWithDeviceKey("linktoken", storage);
    const [link, key, ...rest] = token.split(".");
    expect(link).toBe("linktoken");
    expect(key).toBe(storage.getItem("ontrafel.deviceKey"));
    expect(rest).toEqual([]);
  });
});

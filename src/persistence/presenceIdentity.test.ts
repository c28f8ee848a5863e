import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../tests/helpers/memoryStorage";
import { chooseIdentity, readIdentity } from "./presenceIdentity";

const fixed = { below: (n: number) => Math.min(2, n - 1), id: () => "device-0001" };

describe("presence identity", () => {
  it("is made once, with no chosen name, and stays the same", () => {
    const storage = memoryStorage();
    const first = readIdentity(storage, fixed);
    expect(first).toEqual({
      version: 1,
      id: "device-0001",
      name: null,
      number: 3,
      colour: "#15803d",
    });
    expect(readIdentity(storage, { below: () => 0, id: () => "another-id" })).toEqual(first);
  });

  it("remembers the chosen name and colour, keeping the id", () => {
    const storage = memoryStorage();
    readIdentity(storage, fixed);
    chooseIdentity(storage, { name: "Anna", colour: "#7e22ce" });
    expect(readIdentity(storage)).toMatchObject({
      id: "device-0001",
      name: "Anna",
      colour: "#7e22ce",
    });
  });

  it("starts afresh from something unreadable, and works without storage", () => {
    const storage = memoryStorage();
    storage.setItem("ontrafel.presence", "{not json");
    expect(readIdentity(storage, fixed).id).toBe("device-0001");
    expect(readIdentity(null, fixed).name).toBeNull();
  });
});

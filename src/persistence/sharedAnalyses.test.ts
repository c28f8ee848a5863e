import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../tests/helpers/memoryStorage";
import {
  forgetShared,
  readSharing,
  rememberServerUrl,
  rememberShared,
  SHARING_VERSION,
} from "./sharedAnalyses";

const share = {
  server: "ws://localhost:1234",
  document: "doc",
  token: "geheim",
  role: "owner",
} as const;

describe("what the device remembers about sharing", () => {
  it("remembers and forgets shared analyses and the chosen server", () => {
    const storage = memoryStorage();
    expect(readSharing(storage)).toEqual({
      version: SHARING_VERSION,
      serverUrl: null,
      analyses: {},
    });
    rememberServerUrl(storage, "ws://localhost:1234");
    rememberShared(storage, "a1", share);
    expect(readSharing(storage).analyses.a1).toEqual(share);
    expect(readSharing(storage).serverUrl).toBe("ws://localhost:1234");
    forgetShared(storage, "a1");
    expect(readSharing(storage).analyses).toEqual({});
  });

  it("reads damaged or foreign data as nothing shared, and works without storage", () => {
    expect(readSharing(memoryStorage({ "ontrafel.sharing": "{kapot" })).analyses).toEqual({});
    expect(
      readSharing(memoryStorage({ "ontrafel.sharing": JSON.stringify({ version: 99 }) })).analyses,
    ).toEqual({});
    expect(readSharing(null).serverUrl).toBeNull();
    rememberShared(null, "a1", share);
  });
});

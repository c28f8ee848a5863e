import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64, toBase64Url } from "./base64";

describe("bytes as base64", () => {
  it("reads back every byte array it writes, long ones included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200_000 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });

  it("writes the standard alphabet (RFC 4648 test vectors)", () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(toBase64(ascii("foob"))).toBe("Zm9vYg==");
    expect(toBase64(ascii("fooba"))).toBe("Zm9vYmE=");
    expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
  });

  it("makes URL-safe text with no padding, plus, slash or dot", () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        expect(toBase64Url(bytes)).toMatch(/^[A-Za-z0-9_-]+$/);
      }),
    );
  });

  it("answers null for text that is not base64", () => {
    expect(fromBase64("niet base64!")).toBeNull();
  });
});

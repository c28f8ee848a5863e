import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "../../importError";
import { checkSize, decodeText } from "./decode";

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodeText(utf8("Één citaat."))).toEqual({ ok: true, value: "Één citaat." });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Tekst")]);
    expect(decodeText(withBom)).toEqual({ ok: true, value: "Tekst" });
  });

  it("reads UTF-16 that starts with a byte-order mark", () => {
    expect(decodeText(utf16le("Zorg en veiligheid", true))).toEqual({
      ok: true,
      value: "Zorg en veiligheid",
    });
  });

  it("refuses UTF-16 without a byte-order mark instead of showing garbled text", () => {
    const result = decodeText(utf16le("Zorg en veiligheid", false));
    expect(result).toMatchObject({ ok: false, error: { kind: "encoding", found: "UTF-16" } });
  });

  it("refuses Latin-1 text and names the line of the first bad byte", () => {
    const bytes = new Uint8Array([...utf8("regel een\nregel twee\ncaf"), 0xe9, 0x0a]);
    expect(decodeText(bytes)).toMatchObject({
      ok: false,
      error: { kind: "encoding", line: 3, found: "UTF-8" },
    });
  });

  it("calls a file of only white space empty", () => {
    expect(decodeText(utf8(" \n\n  "))).toMatchObject({ ok: false, error: { kind: "empty" } });
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, error: { kind: "empty" } });
  });
});

describe("checkSize", () => {
  it("refuses a 200 MB file by its size and an empty one", () => {
    expect(checkSize(200 * 1024 * 1024)).toMatchObject({ ok: false, error: { kind: "tooLarge" } });
    expect(checkSize(0)).toMatchObject({ ok: false, error: { kind: "empty" } });
    expect(checkSize(MAX_IMPORT_BYTES)).toEqual({ ok: true, value: MAX_IMPORT_BYTES });
  });
});

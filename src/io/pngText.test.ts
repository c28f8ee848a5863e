import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_FIXTURES } from "../../tests/helpers/importFixtures";
import {
  blobWithTextChunk,
  crc32,
  pngSize,
  readChunks,
  readTextChunk,
  withTextChunk,
} from "./pngText";

const plain = new Uint8Array(readFileSync(join(IMPORT_FIXTURES, "png-without-analysis.png")));

describe("PNG text chunks", () => {
  it("computes the CRC-32 the PNG specification uses", () => {
    // The well-known check value of CRC-32 for the ASCII digits 1 to 9.
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("stores text (any Unicode) in an iTXt chunk and reads it back", async () => {
    const text = JSON.stringify({
      title: "Ketenaanpak — één keer",
      emoji: "🧵",
      big: "x".repeat(10_000),
    });
    const png = await withTextChunk(plain, "ontrafel-analysis", text);
    expect(await readTextChunk(png, "ontrafel-analysis")).toBe(text);
    expect(await readTextChunk(png, "other-keyword")).toBeNull();
  });

  it("keeps the picture valid: same size, chunks intact, ancillary chunk before IEND", async () => {
    const png = await withTextChunk(plain, "ontrafel-analysis", "{}");
    expect(pngSize(png)).toEqual({ width: 4, height: 4 });
    expect(readChunks(png)?.map((c) => c.type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    // Compressed: a repetitive 10 kB text takes far less room.
    const long = await withTextChunk(plain, "ontrafel-analysis", "ab".repeat(5000));
    expect(long.length - plain.length).toBeLessThan(500);
  });

  it("adds the chunk to a PNG in a Blob without reading the picture, with the same result", async () => {
    const text = '{"a": 1}';
    const fromBlob = await blobWithTextChunk(new Blob([plain]), "ontrafel-analysis", text);
    const bytes = new Uint8Array(await fromBlob.arrayBuffer());
    expect(fromBlob.type).toBe("image/png");
    expect(bytes).toEqual(await withTextChunk(plain, "ontrafel-analysis", text));
    await expect(blobWithTextChunk(new Blob(["no png"]), "k", "t")).rejects.toThrow();
  });

  it("stops inflating text past the limit (a small file cannot become gigabytes)", async () => {
    const png = await withTextChunk(plain, "ontrafel-analysis", " ".repeat(200_000));
    expect(png.length).toBeLessThan(plain.length + 2_000);
    expect(await readTextChunk(png, "ontrafel-analysis", 100_000)).toBe("tooLarge");
    expect(await readTextChunk(png, "ontrafel-analysis", 300_000)).toHaveLength(200_000);
  });

  it("calls text that is not valid zlib damaged, without unhandled errors", async () => {
    const png = await withTextChunk(plain, "ontrafel-analysis", "{}");
    const chunks = readChunks(png) ?? [];
    const itxt = chunks.find((c) => c.type === "iTXt");
    if (!itxt) throw new Error("no chunk");
    // Garble the compressed bytes and repair the checksum, so only the zlib stream is wrong.
    const broken = png.slice();
    const start = itxt.offset + 8 + "ontrafel-analysis".length + 5;
    for (let i = start; i < itxt.offset + 8 + itxt.data.length; i++) broken[i] = 0xff;
    new DataView(broken.buffer).setUint32(
      itxt.offset + 8 + itxt.data.length,
      crc32(broken.subarray(itxt.offset + 4, itxt.offset + 8 + itxt.data.length)),
    );
    expect(await readTextChunk(broken, "ontrafel-analysis")).toBe("damaged");
  });

  it("reads a Latin-1 tEXt chunk too", async () => {
    const data = new TextEncoder().encode("ontrafel-analysis\0hello");
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(new TextEncoder().encode("tEXt"), 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    const iend = plain.length - 12;
    const png = new Uint8Array([...plain.subarray(0, iend), ...chunk, ...plain.subarray(iend)]);
    expect(await readTextChunk(png, "ontrafel-analysis")).toBe("hello");
  });

  it("calls a file with a broken checksum or a cut-off end damaged", async () => {
    const png = await withTextChunk(plain, "ontrafel-analysis", "{}");
    const flipped = png.slice();
    flipped[40] = (flipped[40] as number) ^ 0xff;
    expect(await readTextChunk(flipped, "ontrafel-analysis")).toBe("damaged");
    expect(await readTextChunk(png.subarray(0, png.length - 6), "ontrafel-analysis")).toBe(
      "damaged",
    );
    expect(await readTextChunk(new TextEncoder().encode("not a png"), "ontrafel-analysis")).toBe(
      "damaged",
    );
  });
});

/**
 * PNG text chunks: an exported PNG carries the analysis JSON in an iTXt chunk (UTF-8,
 * zlib-compressed), which image viewers ignore and Ontrafel reads back. Chunk layout per the
 * PNG specification: length (4, big-endian) · type (4) · data · CRC-32 of type and data.
 */

export const PNG_SIGNATURE: readonly number[] = [137, 80, 78, 71, 13, 10, 26, 10];
/** The keyword our chunk is stored under. */
export const ANALYSIS_KEYWORD = "ontrafel-analysis";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((value, i) => bytes[i] === value);
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** Offset of the chunk's length field in the file. */
  offset: number;
}

/** Every chunk in order; null when the file is not a well-formed PNG (bad signature, length, CRC). */
export function readChunks(bytes: Uint8Array): PngChunk[] | null {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return null;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) return null;
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, data: typeAndData.subarray(4), offset });
    offset = end;
    if (type === "IEND") return chunks;
  }
  return null;
}

/** Width and height from the IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const header = readChunks(bytes)?.[0];
  if (header?.type !== "IHDR" || header.data.length < 8) return null;
  const view = new DataView(header.data.buffer, header.data.byteOffset, 8);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The stream's output; writer errors surface there, so they are not left unhandled. */
async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | "tooLarge"> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A few kilobytes can inflate to gigabytes: stop at the limit.
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return "tooLarge";
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** The 12 bytes every PNG ends with: an empty IEND chunk. */
const IEND = [0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130];

export function endsWithIend(tail: Uint8Array): boolean {
  return tail.length >= 12 && IEND.every((value, i) => tail[tail.length - 12 + i] === value);
}

/** An iTXt chunk holding `text`, UTF-8 and zlib-compressed, under `keyword`. */
export async function textChunk(keyword: string, text: string): Promise<Uint8Array> {
  const compressed = await transform(
    new TextEncoder().encode(text),
    new CompressionStream("deflate"),
  );
  if (compressed === "tooLarge") throw new Error("compression has no limit");
  // keyword \0 · compression flag 1 · method 0 (zlib) · language tag "" \0 · translated keyword "" \0
  const head = latin1(`${keyword}\0\u0001\u0000\0\0`);
  const data = new Uint8Array(head.length + compressed.length);
  data.set(head);
  data.set(compressed, head.length);
  return chunk("iTXt", data);
}

/** The PNG with an iTXt chunk holding `text` inserted right before IEND. */
export async function withTextChunk(
  png: Uint8Array,
  keyword: string,
  text: string,
): Promise<Uint8Array> {
  if (!isPng(png) || !endsWithIend(png)) throw new Error("not a PNG");
  const added = await textChunk(keyword, text);
  const end = png.length - 12;
  const out = new Uint8Array(png.length + added.length);
  out.set(png.subarray(0, end));
  out.set(added, end);
  out.set(png.subarray(end), end + added.length);
  return out;
}

/** The same for a PNG in a Blob, without reading (or copying) the picture itself. */
export async function blobWithTextChunk(png: Blob, keyword: string, text: string): Promise<Blob> {
  const tail = new Uint8Array(await png.slice(png.size - 12).arrayBuffer());
  if (!endsWithIend(tail)) throw new Error("not a PNG");
  const added = await textChunk(keyword, text);
  return new Blob(
    [png.slice(0, png.size - 12), added as Uint8Array<ArrayBuffer>, png.slice(png.size - 12)],
    {
      type: "image/png",
    },
  );
}

function nulAt(data: Uint8Array, from: number): number {
  const at = data.indexOf(0, from);
  return at < 0 ? data.length : at;
}

/**
 * The text stored under `keyword` in a tEXt or iTXt chunk; "damaged" when the file is not a
 * readable PNG, null when it has no such chunk.
 */
export async function readTextChunk(
  png: Uint8Array,
  keyword: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<string | null | "damaged" | "tooLarge"> {
  const chunks = readChunks(png);
  if (!chunks) return "damaged";
  for (const { type, data } of chunks) {
    if (type !== "tEXt" && type !== "iTXt") continue;
    const keyEnd = nulAt(data, 0);
    // Keywords are 1 to 79 bytes long.
    if (keyEnd > 79) continue;
    if (String.fromCharCode(...data.subarray(0, keyEnd)) !== keyword) continue;
    if (type === "tEXt") return new TextDecoder("latin1").decode(data.subarray(keyEnd + 1));
    const compressed = data[keyEnd + 1] === 1;
    const languageEnd = nulAt(data, keyEnd + 3);
    const translatedEnd = nulAt(data, languageEnd + 1);
    const body = data.subarray(translatedEnd + 1);
    try {
      const raw = compressed
        ? await transform(body, new DecompressionStream("deflate"), limit)
        : body;
      if (raw === "tooLarge" || raw.length > limit) return "tooLarge";
      return new TextDecoder("utf-8", { fatal: true }).decode(raw);
    } catch {
      return "damaged";
    }
  }
  return null;
}

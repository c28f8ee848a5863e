import { type ImportResult, MAX_IMPORT_BYTES } from "../../importError";
import { fail, ok } from "../../result";

/** Refuses a file by its size alone, so a 200 MB file is never read into memory. */
export function checkSize(bytes: number): ImportResult<number> {
  if (bytes > MAX_IMPORT_BYTES) return fail({ kind: "tooLarge", bytes, limit: MAX_IMPORT_BYTES });
  if (bytes === 0) return fail({ kind: "empty" });
  return ok(bytes);
}

/** Share of zero bytes at even or odd offsets that betrays UTF-16 text without a byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  const half = sample / 2;
  return half > 0 && (evenZero / half > 0.3 || oddZero / half > 0.3);
}

/** 1-based line of the first byte that is not valid UTF-8, for the message. */
function lineOfInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(lineStart, i));
    } catch {
      return line;
    }
    line++;
    lineStart = i + 1;
  }
  return line;
}

/**
 * Text from a file's bytes: UTF-8 (with or without byte-order mark) or UTF-16 with a mark.
 * Anything else (UTF-16 without a mark, Latin-1, a binary file) is refused rather than shown
 * as garbled quotes.
 */
export function decodeText(bytes: Uint8Array): ImportResult<string> {
  if (bytes.length === 0) return fail({ kind: "empty" });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else if (looksLikeUtf16(bytes)) return fail({ kind: "encoding", found: "UTF-16" });
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return fail({ kind: "encoding", found: "UTF-8", line: lineOfInvalidByte(bytes) });
    }
    if (text.includes("\u0000")) return fail({ kind: "encoding", found: "binary" });
  }
  if (text.trim() === "") return fail({ kind: "empty" });
  return ok(text);
}

/*
 * Bytes as base64 text (btoa/atob, in browsers and Node alike), for what is kept where only
 * text goes: a rescue copy in localStorage, a key in a link's token.
 */

/** Standard base64; long arrays in slices (spreading 1 MB into one call overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** URL-safe base64 without padding: `-` and `_` for `+` and `/`, no `=` (nor a dot). */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The bytes of standard base64 text, or null when it is none. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

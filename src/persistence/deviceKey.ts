/*
 * This device's own random key for shared analyses, in localStorage: sent to the sync server
 * after a link's token, it tells the server which connections are this device's, so what a
 * workshop participant made (their factors, their dots) stays theirs across reconnects and
 * reloads, and no one else on the same participant link can change it (server/participantGuard).
 * Unlike the presence id, it is never shown to anyone.
 */

import { toBase64Url } from "../domain/base64";

const KEY = "ontrafel.deviceKey";
const PATTERN = /^[A-Za-z0-9_-]{32,100}$/;

/** 32 random bytes, URL-safe base64 (no dot: the server splits the token at the dot). */
function freshKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** This device's key; the first call makes (and remembers) one. */
export function readDeviceKey(storage: Storage | null): string {
  try {
    const known = storage?.getItem(KEY);
    if (known && PATTERN.test(known)) return known;
  } catch {
    // Storage blocked: a key for this visit only.
  }
  const key = freshKey();
  try {
    storage?.setItem(KEY, key);
  } catch {
    // Storage full or blocked: the key holds for this visit.
  }
  return key;
}

/** The token to send: the link's token, a dot, this device's key. */
export function tokenWithDeviceKey(token: string, storage: Storage | null): string {
  return `${token}.${readDeviceKey(storage)}`;
}

import "fake-indexeddb/auto";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// One realm of bytes, as in a browser: fake-indexeddb hands stored rows back through Node's
// structuredClone, whose Uint8Arrays are Node's, while the test DOM's global is another realm's.
// Dexie keeps only its own realm's typed arrays whole when it copies a row (update, modify), and
// would turn a stored Yjs state into a plain object.
const storedBytes = structuredClone(new Uint8Array(0)).constructor as Uint8ArrayConstructor;
if (storedBytes !== Uint8Array) globalThis.Uint8Array = storedBytes;

// jsdom has no layout. Give the scroll container a viewport and list rows (the elements a
// virtualiser measures carry data-index) a modest height, so virtualised lists render rows.
const VIEWPORT = { width: 800, height: 600 };
const ROW_HEIGHT = 60;
function heightOf(element: HTMLElement): number {
  return element.hasAttribute("data-index") ? ROW_HEIGHT : VIEWPORT.height;
}
// Node-environment tests (// @vitest-environment node) have no DOM to stub.
if (typeof HTMLElement !== "undefined") {
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return heightOf(this);
      },
    },
    offsetWidth: { configurable: true, get: () => VIEWPORT.width },
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return heightOf(this);
      },
    },
    clientWidth: { configurable: true, get: () => VIEWPORT.width },
  });
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return new DOMRect(0, 0, VIEWPORT.width, heightOf(this));
  };
  HTMLElement.prototype.scrollTo = () => {};
}

afterEach(() => {
  cleanup();
});

import "fake-indexeddb/auto";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

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

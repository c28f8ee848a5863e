import { expect, type Locator, type Page } from "@playwright/test";

export function canvasNode(page: Page, nodeId: string): Locator {
  return page.locator(`.react-flow__node[data-id="${nodeId}"]`);
}

/** Every node of a kind on the canvas (quote, cluster, factor, note). */
export function nodesOfKind(page: Page, kind: string): Locator {
  return page.locator(`.react-flow__node-${kind}`);
}

/**
 * Types into the focused search box and waits until the library shows the results for what
 * was typed: the list follows a moment later (a deferred render), and a Tab before that could
 * land on a quote that the new results then replace.
 */
export async function typeSearch(page: Page, text: string) {
  await page.keyboard.type(text);
  await expect(page.locator("#library")).toHaveAttribute("aria-busy", "false");
}

/** Finds a quote in the library by search and drags it onto the canvas at (x, y) of the pane. */
export async function dragQuoteToCanvas(
  page: Page,
  quoteId: string,
  query: string,
  x: number,
  y: number,
) {
  await page.getByLabel("Zoek in citaten").fill(query);
  const item = page.locator(`[data-quote-id="${quoteId}"]`);
  await expect(item).toBeVisible();
  // The selection's floating bar may lie over the spot (the card placed before is selected);
  // a quote dropped on it lands on the canvas there all the same, so no hit-target check.
  await item.dragTo(page.locator(".react-flow__pane"), { targetPosition: { x, y }, force: true });
}

/** The canvas position (in screen pixels) of a node's centre. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("node not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags from one node's source handle to another node's target handle with the mouse, after
 * "Alles in beeld", so that no handle lies beyond the pane's edge.
 */
export async function linkNodes(page: Page, from: Locator, to: Locator) {
  // A node just added or selected is brought into view by a short animation: let it end, or
  // it moves the view again after "Alles in beeld".
  await viewSettled(page);
  await page.getByRole("button", { name: "Alles in beeld" }).click();
  await viewSettled(page);
  // The press must land on the handle itself, or it pans the canvas instead of linking. Its
  // place is read again until it is the topmost element there: a node still being measured or
  // placed moves its handles after a first reading.
  const source = await uncoveredCentre(from.locator(".react-flow__handle-top"));
  const target = await uncoveredHandleCentre(to);
  await page.mouse.move(source.x, source.y);
  await page.mouse.down();
  await page.mouse.move((source.x + target.x) / 2, (source.y + target.y) / 2, { steps: 5 });
  await page.mouse.move(target.x, target.y, { steps: 5 });
  await page.mouse.up();
}

/**
 * The centre of one of a node's handles that nothing covers (the minimap or quick capture can
 * lie over a node near the pane's edge): the bottom one where it can, else another side.
 */
async function uncoveredHandleCentre(node: Locator): Promise<{ x: number; y: number }> {
  const sides = ["bottom", "left", "right", "top"];
  let centre = { x: 0, y: 0 };
  await expect
    .poll(
      async () => {
        for (const side of sides) {
          const handle = node.locator(`.react-flow__handle-${side}`);
          centre = await centreOf(handle);
          const free = await handle.evaluate((el, { x, y }) => {
            const top = document.elementFromPoint(x, y);
            return top !== null && (top === el || el.contains(top));
          }, centre);
          if (free) return true;
        }
        return false;
      },
      { message: "a handle of the node that nothing lies on" },
    )
    .toBe(true);
  return centre;
}

/** The centre of an element once nothing covers it there, read again until that holds. */
async function uncoveredCentre(element: Locator): Promise<{ x: number; y: number }> {
  let centre = { x: 0, y: 0 };
  await expect
    .poll(
      async () => {
        centre = await centreOf(element);
        return element.evaluate((el, { x, y }) => {
          const top = document.elementFromPoint(x, y);
          return top !== null && (top === el || el.contains(top));
        }, centre);
      },
      { message: "nothing else lies on top of the element" },
    )
    .toBe(true);
  return centre;
}

/** Waits until the canvas view has stopped moving (the same transform 100 ms apart). */
export async function viewSettled(page: Page) {
  const viewport = page.locator(".react-flow__viewport");
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await viewport.getAttribute("style");
        const still = now === last;
        last = now;
        return still;
      },
      { message: "the canvas view stops moving", intervals: [100] },
    )
    .toBe(true);
}

/** A top-level node's position in canvas coordinates, read from React Flow's transform. */
export async function canvasPosition(locator: Locator): Promise<{ x: number; y: number }> {
  const transform = await locator.evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no translate in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/**
 * Adds a factor by keyboard on the canvas: F, its text once its field has the focus (as a
 * person types once they see it; keys before that are canvas shortcuts), Enter; then a role
 * key if given.
 */
export async function addFactorByKeyboard(page: Page, label: string, roleKey?: string) {
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("f");
  await expect(page.locator(".editable-field")).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press("Enter");
  if (roleKey) await page.keyboard.press(roleKey);
}

/** Steps the canvas selection with ] until `nodeId` is the one selected. */
export async function selectByKeyboard(page: Page, nodeId: string | null) {
  for (let i = 0; i < 20; i++) {
    const selected = await page.locator(".react-flow__node.selected").getAttribute("data-id");
    if (selected === nodeId) return;
    await page.keyboard.press("]");
  }
  throw new Error(`could not select ${nodeId} with ]`);
}

/**
 * Workshop quick capture by keyboard: a core problem, then (A) its causes with Enter and its
 * effects with Shift+Enter; Escape ends on the canvas.
 */
export async function captureTree(
  page: Page,
  problem: string,
  causes: readonly string[],
  effects: readonly string[] = [],
) {
  await addFactorByKeyboard(page, problem, "1");
  await page.keyboard.press("a");
  for (const cause of causes) {
    await page.keyboard.type(cause);
    await page.keyboard.press("Enter");
  }
  for (const effect of effects) {
    await page.keyboard.type(effect);
    await page.keyboard.press("Shift+Enter");
  }
  await page.keyboard.press("Escape");
  await expect(nodesOfKind(page, "factor")).toHaveCount(1 + causes.length + effects.length);
}

/** Whether some point along a link's drawn path is the link itself for the pointer there. */
export function linkReachable(edge: Locator): Promise<boolean> {
  return edge.evaluate((element) => {
    const path = element.querySelector<SVGPathElement>(".react-flow__edge-path");
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) return false;
    const length = path.getTotalLength();
    for (let step = 1; step < 20; step++) {
      const point = path.getPointAtLength((length * step) / 20).matrixTransform(matrix);
      if (element.contains(document.elementFromPoint(point.x, point.y))) return true;
    }
    return false;
  });
}

/** On-screen font size (CSS size times zoom) of each quote text inside the canvas's view. */
export function quoteTextSizesInView(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? "")?.[1]);
    if (!pane) return [];
    return [...document.querySelectorAll(".quote-card-text")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.right > pane.left &&
          box.left < pane.right &&
          box.bottom > pane.top &&
          box.top < pane.bottom
        );
      })
      .map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
  });
}

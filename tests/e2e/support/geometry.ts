import type { Page } from "@playwright/test";

/** Boxes on screen, measured from the DOM. */
export interface Rect {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every React Flow node's box on screen, by node id. */
export async function nodeRects(page: Page): Promise<Map<string, Rect>> {
  const rects = await page.locator(".react-flow__node").evaluateAll((nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      return {
        id: node.getAttribute("data-id") ?? "",
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );
  return new Map(rects.map((r) => [r.id, r]));
}

/** Whether two boxes share more than half a pixel each way. */
export const overlap = (a: Rect, b: Rect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Points every 4 px along a link's drawn path, in screen pixels. */
export function pathPoints(page: Page, edgeId: string): Promise<{ x: number; y: number }[]> {
  return page
    .locator(`[data-testid="rf__edge-${edgeId}"] path.react-flow__edge-path`)
    .evaluateAll((paths) =>
      (paths as SVGPathElement[]).flatMap((path) => {
        const matrix = path.getScreenCTM();
        if (!matrix) return [];
        const length = path.getTotalLength();
        const points: { x: number; y: number }[] = [];
        for (let at = 0; at <= length; at += 4) {
          const p = path.getPointAtLength(at);
          points.push({
            x: matrix.a * p.x + matrix.c * p.y + matrix.e,
            y: matrix.b * p.x + matrix.d * p.y + matrix.f,
          });
        }
        return points;
      }),
    );
}

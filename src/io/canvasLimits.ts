/**
 * Chromium refuses canvases wider or taller than 16,384 px or larger than 268 million pixels
 * (it then draws nothing, or a library silently scales down). An export asks for a pixel ratio
 * and gets the largest that fits, and is told when that is less than it asked for.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 268_435_456;

export function fitPixelRatio(
  width: number,
  height: number,
  requested: number,
): { ratio: number; lowered: boolean } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const limit = Math.min(
    MAX_CANVAS_SIDE / w,
    MAX_CANVAS_SIDE / h,
    Math.sqrt(MAX_CANVAS_AREA / (w * h)),
  );
  if (requested <= limit) return { ratio: requested, lowered: false };
  // Two decimals, rounded down, so the canvas stays inside every limit.
  return { ratio: Math.floor(limit * 100) / 100, lowered: true };
}

/** How text of a picture is sized: at least `base` board units, and at least `min` pixels on the picture at `scale`. */
export interface TextScale {
  scale: number;
  min: number;
}

export const textSize = (base: number, { scale, min }: TextScale) => Math.max(base, min / scale);

/** A line width: `base` board units, and on a slide at least 1.5 pixels on the picture. */
export const strokeSize = (base: number, { scale, min }: TextScale) =>
  min > 0 ? Math.max(base, 1.5 / scale) : base;

/** The browser could not give an image this large a canvas (kept apart from the renderer, which loads late). */
export class ImageTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`image of ${width} × ${height} pixels could not be drawn`);
    this.name = "ImageTooLargeError";
  }
}

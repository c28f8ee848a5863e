import { getViewportForBounds, type Rect } from "@xyflow/react";
import { toSvg } from "html-to-image";
import { fitPixelRatio } from "../../../io/canvasLimits";
import { ANALYSIS_KEYWORD, blobWithTextChunk } from "../../../io/pngText";
import { ImageTooLargeError } from "./imageTooLarge";
import { withLeanComputedStyles } from "./leanStyles";

/** Space around the drawing and the strip below it that holds the caption (canvas pixels). */
export const IMAGE_PADDING = 32;
export const CAPTION_HEIGHT = 44;
const BACKGROUND = "#fcfcfd";

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  requested: number;
  ratio: number;
  /** The ratio asked for did not fit the browser's canvas limits; `ratio` is what fitted. */
  lowered: boolean;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = "sync";
  image.src = url;
  return image.decode().then(() => image);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/** Left out of the picture: link handles, the wide invisible hit areas of links, screen-reader text. */
const LEFT_OUT = ["react-flow__handle", "react-flow__edge-interaction", "visually-hidden"];
function keep(element: HTMLElement): boolean {
  return !LEFT_OUT.some((name) => element.classList?.contains(name));
}

/**
 * React Flow's whole-graph export: the viewport element rendered with a transform that puts
 * `bounds` (all nodes, in flow coordinates, zoom 1) in the picture, drawn at the largest pixel
 * ratio up to `requested` that the browser's canvas allows, on a light background with the
 * caption below. `analysisJson` goes into the PNG as a text chunk.
 */
export async function captureViewport(
  viewport: HTMLElement,
  bounds: Rect,
  requested: number,
  caption: string,
  analysisJson: string,
): Promise<PngResult> {
  const width = Math.ceil(bounds.width + 2 * IMAGE_PADDING);
  const height = Math.ceil(bounds.height + 2 * IMAGE_PADDING);
  const transform = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const { ratio, lowered } = fitPixelRatio(width, height + CAPTION_HEIGHT, requested);
  const svg = await withLeanComputedStyles(viewport, () =>
    toSvg(viewport, {
      width,
      height,
      skipFonts: true,
      filter: keep,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})`,
      },
    }),
  );
  const image = await loadImage(svg);
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(width * ratio);
  canvas.height = Math.floor((height + CAPTION_HEIGHT) * ratio);
  const context = canvas.getContext("2d");
  if (!context) throw new ImageTooLargeError(canvas.width, canvas.height);
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, width * ratio, height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = "#4a5360";
  context.font = '15px system-ui, "Segoe UI", Roboto, Arial, sans-serif';
  context.textBaseline = "middle";
  context.fillText(caption, IMAGE_PADDING, height + CAPTION_HEIGHT / 2, width - 2 * IMAGE_PADDING);
  // A canvas the browser could not back reads as transparent: never hand that out as an image.
  if (context.getImageData(0, 0, 1, 1).data[3] !== 255) {
    throw new ImageTooLargeError(canvas.width, canvas.height);
  }
  const blob = await toBlob(canvas);
  if (!blob) throw new ImageTooLargeError(canvas.width, canvas.height);
  return {
    blob: await blobWithTextChunk(blob, ANALYSIS_KEYWORD, analysisJson),
    width: canvas.width,
    height: canvas.height,
    requested,
    ratio,
    lowered,
  };
}

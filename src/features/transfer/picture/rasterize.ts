import { fitPixelRatio } from "../../../io/canvasLimits";
import type { Picture } from "../../../io/picture/pictureSvg";
import { ANALYSIS_KEYWORD, blobWithTextChunk } from "../../../io/pngText";
import { ImageTooLargeError } from "./imageTooLarge";

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  requested: number;
  ratio: number;
  /** The ratio asked for did not fit the browser's canvas limits; `ratio` is what fitted. */
  lowered: boolean;
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "sync";
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/**
 * The picture as a PNG: its SVG drawn once onto a canvas at the largest pixel ratio up to
 * `requested` that the browser allows, encoded, with the analysis JSON as a text chunk.
 */
export async function pictureToPng(
  picture: Picture,
  requested: number,
  analysisJson: string,
): Promise<PngResult> {
  const { ratio, lowered } = fitPixelRatio(picture.width, picture.height, requested);
  const image = await svgImage(picture.svg);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(picture.width * ratio);
  canvas.height = Math.round(picture.height * ratio);
  const context = canvas.getContext("2d");
  if (!context) throw new ImageTooLargeError(canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
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

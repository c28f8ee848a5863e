import { analysisFileText, quotesUsed } from "../../../io/analysisFile";
import type { ExportFile, ExportSource, PictureFormat, PictureOptions } from "../exportFormats";
import { exportPicture, pictureFileName } from "../exportFormats";
import { type PngResult, pictureToPng } from "./rasterize";

/**
 * A picture export: the drawing of the analysis as SVG text, as a PNG (carrying the analysis,
 * so the picture opens again in Ontrafel) or as a one-page vector PDF.
 */
export async function buildPictureExport(
  format: PictureFormat,
  source: ExportSource,
  options: PictureOptions & { scale: number },
): Promise<{ file: ExportFile; png: PngResult | null }> {
  const picture = exportPicture(source, options);
  const fileName = pictureFileName(source.analysis, options, format);
  if (format === "svg") {
    const blob = new Blob([picture.svg], { type: "image/svg+xml;charset=utf-8" });
    return { file: { blob, fileName }, png: null };
  }
  if (format === "pdf") {
    const { pictureToPdf } = await import("./pictureToPdf");
    const title = source.analysis.title;
    return { file: { blob: await pictureToPdf(picture, title), fileName }, png: null };
  }
  const json = analysisFileText(
    source.analysis,
    quotesUsed(source.analysis, source.corpusId, source.quotes),
    options.now,
  );
  const png = await pictureToPng(picture, options.scale, json);
  return { file: { blob: png.blob, fileName }, png };
}

import type { Picture } from "../../../io/picture/pictureSvg";

/** Points per CSS pixel: a 1920 × 1080 slide becomes a 1440 × 810 pt page (20 × 11.25 inch). */
const PT_PER_PX = 0.75;

/**
 * The picture as a one-page vector PDF, landscape, the page the picture's shape: the same SVG
 * converted to PDF paths and text (jsPDF + svg2pdf.js, loaded only when a PDF is made), so text
 * stays sharp and searchable.
 */
export async function pictureToPdf(picture: Picture, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  const width = picture.width * PT_PER_PX;
  const height = picture.height * PT_PER_PX;
  const pdf = new jsPDF({
    orientation: width >= height ? "landscape" : "portrait",
    unit: "pt",
    format: [width, height],
    compress: true,
  });
  pdf.setProperties({ title, creator: "Ontrafel" });
  const svg = new DOMParser().parseFromString(picture.svg, "image/svg+xml").documentElement;
  // svg2pdf reads computed styles: the drawing must be in the document while it converts.
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.style.cssText = "position:fixed;left:-100000px;top:0;width:0;height:0;overflow:hidden";
  host.append(document.importNode(svg, true));
  document.body.append(host);
  try {
    await svg2pdf(host.firstElementChild as SVGElement, pdf, { x: 0, y: 0, width, height });
  } finally {
    host.remove();
  }
  return pdf.output("blob");
}

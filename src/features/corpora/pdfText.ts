import type { PdfPageText, PdfTextItem } from "../../domain/corpus/import/pdfLayout";

/**
 * The text layer of a PDF as positioned runs, read with pdf.js. pdf.js (and its worker, about
 * 1.5 MB) is loaded on the first PDF import only. Throws when the file is not a readable PDF.
 */
export async function readPdfText(
  bytes: ArrayBuffer,
  onPage?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PdfPageText[]> {
  const [pdfjs, worker] = await Promise.all([
    import("pdfjs-dist"),
    import("pdfjs-dist/build/pdf.worker.min.mjs?url"),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false });
  const abort = () => void task.destroy();
  signal?.addEventListener("abort", abort, { once: true });
  try {
    const doc = await task.promise;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) throw new DOMException("cancelled", "AbortError");
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        items.push({
          str: item.str,
          x: e ?? 0,
          y: f ?? 0,
          width: item.width,
          fontSize: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height,
        });
      }
      pages.push({ index: n, width: viewport.width, height: viewport.height, items });
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    await doc.destroy();
    return pages;
  } finally {
    signal?.removeEventListener("abort", abort);
  }
}

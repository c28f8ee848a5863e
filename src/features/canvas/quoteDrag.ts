/** The drag-and-drop payload for a quote dragged from the library onto the canvas. */
const QUOTE_MIME = "application/x-ontrafel-quote";

export function writeQuoteDrag(dataTransfer: DataTransfer, quoteId: string, text: string): void {
  dataTransfer.setData(QUOTE_MIME, quoteId);
  dataTransfer.setData("text/plain", text);
  dataTransfer.effectAllowed = "copy";
}

export function readQuoteDrag(dataTransfer: DataTransfer): string | null {
  return dataTransfer.getData(QUOTE_MIME) || null;
}

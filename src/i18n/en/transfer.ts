import type { transfer as nl } from "../nl/transfer";

/** English: export and import; the Dutch keys, each one. */
export const transfer: Record<keyof typeof nl, string> = {
  "export.download": "Export analysis (JSON)",
  "transfer.export": "Export…",
  "transfer.importedSuffix": " (imported)",
  "transfer.import": "Import…",
  "transfer.exportTitle": "Export analysis",
  "transfer.format": "Format",
  "transfer.format.png": "PNG image, for slides (carries the analysis)",
  "transfer.format.svg": "SVG image, scalable",
  "transfer.format.json": "Ontrafel file (JSON), to archive and share",
  "transfer.format.canvas": "JSON Canvas, for other canvas tools",
  "transfer.format.markdown": "Markdown report: problem tree with quotes",
  "transfer.format.csv": "CSV of all placed quotes",
  "transfer.format.pdf": "PDF, one landscape page, sharp at any zoom",
  "transfer.frame": "Frame",
  "transfer.frame.board": "Whole board, actual size",
  "transfer.frame.slide": "Slide 16:9 (1920 × 1080 at 1×), readable on a screen",
  "transfer.pictureSubtitle": "{date} · made with Ontrafel",
  "transfer.legend.count": "number of supporting quotes",
  "transfer.scale": "Sharpness",
  "transfer.onlySelection": "Only the selection ({count})",
  "transfer.start": "Export",
  "transfer.close": "Close",
  "transfer.busy": "Exporting…",
  "transfer.done": "Downloaded: {file}",
  "transfer.ratioLowered":
    "Note: the image is too large for {requested}×; it was made at {ratio}× ({width} × {height} pixels).",
  "transfer.failed": "Export failed: {message}",
  "transfer.imageTooLarge":
    "the image ({width} × {height} pixels) does not fit in the browser's memory. Choose a lower sharpness or export only the selection.",
  "transfer.emptyCanvas": "The canvas is empty; there is nothing to export as an image yet.",
  "transfer.dropHint": "Drop to import as a new analysis",
  "transfer.importing": "Importing ‘{file}’…",
  "transfer.imported": "‘{file}’ was imported as the new analysis ‘{title}’.",
  "transfer.importedMissingQuotes":
    "{count} quotes are not in the local anthology; they were kept as in the file and are marked.",
  "transfer.repaired": "Repaired: {details}.",
  "transfer.repair.danglingEdge":
    "left out {count, plural, one {# link} other {# links}} to missing elements",
  "transfer.repair.duplicateNode":
    "left out {count, plural, one {# element} other {# elements}} with a duplicate id",
  "transfer.repair.duplicateEdge":
    "left out {count, plural, one {# link} other {# links}} with a duplicate id",
  "transfer.repair.danglingCluster":
    "took {count, plural, one {# card} other {# cards}} out of a missing cluster",
  "transfer.repair.danglingVote":
    "left out {count, plural, one {# vote} other {# votes}} for missing elements",
  "transfer.importFailed": "‘{file}’ cannot be imported: {problem} Nothing was stored.",
  "transfer.error.empty": "the file is empty.",
  "transfer.error.tooLarge": "the file is {size} MB; the limit is {limit} MB.",
  "transfer.error.binary": "it is neither a text file (JSON) nor a PNG.",
  "transfer.error.syntax": "invalid JSON at line {line}, column {column}.",
  "transfer.error.tooDeep": "the data is nested deeper than {limit} levels (at {path}).",
  "transfer.error.forbiddenKey": "the key ‘{key}’ is not allowed (at {path}).",
  "transfer.error.wrongFormat":
    "it is not an Ontrafel analysis or JSON Canvas (format is ‘{found}’, expected ‘ontrafel-analysis’).",
  "transfer.error.notOurs": "it is not an Ontrafel analysis or JSON Canvas.",
  "transfer.error.isCorpus":
    "it is a corpus (quotes), not an analysis. Add it with Corpora › Import a corpus.",
  "transfer.error.tooNew":
    "it was made by a newer Ontrafel (schema version {version}; this version reads up to {supported}). Update Ontrafel and try again.",
  "transfer.error.invalid": "the value at {path} is wrong ({message}).",
  "transfer.error.pngDamaged": "the PNG is damaged.",
  "transfer.error.pngWithoutAnalysis":
    "this PNG holds no Ontrafel analysis; only images exported by Ontrafel can come back.",
  "transfer.csvHeader":
    "quote id|text|chapter|chapter title|section|section title|page|source|cluster|role",
  "transfer.report.subtitle": "Problem and cause analysis · {date}",
  "transfer.report.problem": "Core problem",
  "transfer.report.causes": "Causes",
  "transfer.report.symptoms": "Effects",
  "transfer.report.other": "Other elements",
  "transfer.report.unused": "Sections without a placed quote",
  "transfer.report.noProblem": "No core problem has been marked yet.",
  "transfer.report.sectionCount": "{count, plural, one {# quote} other {# quotes}}",
  "transfer.report.votes": "{count, plural, one {# dot} other {# dots}} in ‘{round}’",
  "transfer.needsStorage": "Importing needs browser storage; your open analysis stays as it is.",
  "transfer.importedMissingQuote":
    "1 quote is not in the local anthology; it was kept as in the file and is marked.",
};

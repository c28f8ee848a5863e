import type { corpora as nl } from "../nl/corpora";

/** English: own corpora: import, several corpora, corrections; the Dutch keys, each one. */
export const corpora: Record<keyof typeof nl, string> = {
  "corpora.open": "Corpora",
  "corpora.readyNamed": "{count, plural, one {# quote} other {# quotes}} from ‘{name}’",
  "corpora.heading": "Corpora",
  "corpora.close": "Close",
  "corpora.list": "Stored corpora",
  "corpora.quoteCount": "{count, plural, one {# quote} other {# quotes}}",
  "corpora.seed": "bundled",
  "corpora.active": "used in this analysis",
  "corpora.use": "Use in this analysis",
  "corpora.rename": "Rename",
  "corpora.renameLabel": "New name for {name}",
  "corpora.save": "Save",
  "corpora.cancel": "Cancel",
  "corpora.delete": "Delete",
  "corpora.deleteUsed":
    "{name} is used by {count, plural, one {# analysis} other {# analyses}}: {titles}. Their quote cards keep their text, but the library will show another corpus. Delete anyway?",
  "corpora.deleteUnused": "Delete {name}? Its corrections go too.",
  "corpora.deleted": "{name} was deleted.",
  "corpora.export": "Export (JSON)",
  "corpora.import": "Import a corpus",
  "corpora.fileLabel": "Choose a file: text, Markdown, CSV, JSON corpus or PDF (up to {max} MB)",
  "corpora.reading": "Reading the file…",
  "corpora.readingPdf": "Reading the PDF: page {done} of {total}",
  "corpora.previewHeading": "Preview of {file}",
  "corpora.previewSummary":
    "{quotes, plural, one {# quote} other {# quotes}} in {sections, plural, one {# theme} other {# themes}} and {chapters, plural, one {# chapter} other {# chapters}}",
  "corpora.nameLabel": "Corpus name",
  "corpora.replaces":
    "This file was imported before as {name}. Saving replaces those quotes; corrections are kept and analyses stay as they are.",
  "corpora.outline": "Chapters and themes",
  "corpora.firstQuotes": "First quotes",
  "corpora.warnings": "Note",
  "corpora.noWarnings": "No warnings.",
  "corpora.store": "Save",
  "corpora.storing": "Saving: {done} of {total} quotes",
  "corpora.indexing": "Building the search index…",
  "corpora.progress": "Import progress",
  "corpora.cancelled": "Import cancelled; nothing was saved.",
  "corpora.stored": "{name} was saved with {count, plural, one {# quote} other {# quotes}}.",
  "corpora.storeFailed": "Saving failed; nothing was saved. ({message})",
  "corpora.noStorage": "Without storage in this browser no corpus can be imported.",
  "corpora.another": "Choose another file",
  "corpora.csvHeading": "Columns of {file}",
  "corpora.csvIntro": "Choose which column holds what. Only the quote text is required.",
  "corpora.csvNone": "(none)",
  "corpora.csvPreview": "The first rows with this choice",
  "corpora.csvNext": "Next",
  "corpora.field.text": "Quote text",
  "corpora.field.section": "Theme number (e.g. 2.3)",
  "corpora.field.sectionTitle": "Theme title",
  "corpora.field.chapter": "Chapter",
  "corpora.field.chapterTitle": "Chapter title",
  "corpora.field.page": "Page",
  "corpora.field.source": "Source",
  "corpora.where.text": "line {where}",
  "corpora.where.csv": "row {where}",
  "corpora.where.json": "{where}",
  "corpora.where.pdf": "page {where}",
  "corpora.error.tooLarge":
    "{file} is too large ({size} MB); the limit is {detail} MB. The file was not read and nothing was saved.",
  "corpora.error.empty": "{file} is empty. Nothing was saved.",
  "corpora.encoding.UTF-16": "found: UTF-16",
  "corpora.encoding.UTF-8": "characters that are not UTF-8",
  "corpora.encoding.binary": "found: a binary file, not text",
  "corpora.error.encoding":
    "{file} is not UTF-8 text ({detail}{where}). Save it as UTF-8 and choose it again. Nothing was saved.",
  "corpora.error.unsupportedType":
    "{file} has an unknown type. Choose a .txt, .md, .csv, .json or .pdf file.",
  "corpora.error.noQuotes": "No quotes were found in {file}. Nothing was saved.",
  "corpora.error.csvNoTextColumn":
    "Choose the column with the quote text (columns in {file}: {detail}). Nothing was saved.",
  "corpora.error.csvUnreadable":
    "{file} is not a readable CSV: a quotation mark is never closed{where}. Nothing was saved.",
  "corpora.error.jsonSyntax": "{file} is not valid JSON ({detail}). Nothing was saved.",
  "corpora.error.isAnalysis":
    "{file} is an analysis file, not a corpus. Open it with Import… under Analyses. Nothing was saved.",
  "corpora.error.isCanvas":
    "{file} is a JSON Canvas, not a corpus. Open it as an analysis with Import… under Analyses. Nothing was saved.",
  "corpora.error.jsonInvalid":
    "{file} is not an Ontrafel corpus: the value at {where} is wrong ({detail}). Nothing was saved.",
  "corpora.error.jsonTooNew":
    "{file} was made by a newer version of Ontrafel (corpus format {detail}); update Ontrafel to open it. Nothing was saved.",
  "corpora.error.pdfNoText":
    "{file} has no text layer (a scan, for instance); there is no text to read. Nothing was saved.",
  "corpora.error.pdfUnreadable": "{file} cannot be opened as a PDF ({detail}). Nothing was saved.",
  "corpora.warning.longQuote":
    "{count, plural, one {# quote is very long (at {where})} other {# quotes are very long (first at {where})}}: a blank line between quotes may be missing.",
  "corpora.warning.duplicateQuotes":
    "{count, plural, one {# quote occurs twice in the same theme (at {where}).} other {# quotes occur twice in the same theme (first at {where}).}}",
  "corpora.warning.beforeHeadings":
    "{count, plural, one {# quote comes before the first heading (at {where}).} other {# quotes come before the first heading (from {where}).}}",
  "corpora.warning.emptyRows":
    "{count, plural, one {# row without text was skipped ({where}).} other {# rows without text were skipped (first: {where}).}}",
  "corpora.warning.invalidPage":
    "{count, plural, one {# row has an invalid page number ({where}).} other {# rows have an invalid page number (first: {where}).}}",
  "corpora.warning.marginLinesDropped":
    "{count, plural, one {# header or footer line (page number) was left out (on {where}).} other {# header and footer lines (page numbers) were left out (first on {where}).}}",
  "corpora.warning.pullQuotes":
    "{count, plural, one {# pull quote was not counted twice (on {where}).} other {# pull quotes were not counted twice (first on {where}).}}",
  "corpora.warning.unknownChapterTitle":
    "{count, plural, one {# chapter has no title (at {where}).} other {# chapters have no title (first at {where}).}}",
  "corrections.edit": "Edit",
  "corrections.editLabel": "Edit quote: {excerpt}",
  "corrections.heading": "Edit a quote",
  "corrections.text": "Quote text",
  "corrections.saveText": "Save text",
  "corrections.split": "Split at the cursor",
  "corrections.splitHint": "Put the cursor where the second quote starts and choose Split.",
  "corrections.cannotSplit": "Put the cursor inside the text: both parts must keep some text.",
  "corrections.merge": "Merge with the next quote",
  "corrections.noNext": "This is the last quote; there is no next one.",
  "corrections.moveLabel": "Move to theme",
  "corrections.move": "Move",
  "corrections.hide": "Hide (not a quote)",
  "corrections.close": "Close",
  "corrections.listButton": "Corrections ({count})",
  "corrections.listHeading": "Corrections of {name}",
  "corrections.listIntro":
    "Corrections are kept apart from the imported corpus and still apply when the same file is imported again.",
  "corrections.empty": "No corrections yet.",
  "corrections.undo": "Undo",
  "corrections.kind.edit": "Text edited",
  "corrections.kind.split": "Split",
  "corrections.kind.merge": "Merged with the next quote",
  "corrections.kind.move": "Moved to {section}",
  "corrections.kind.hide": "Hidden",
  "corrections.unused": "not applied: the quote is not (or no longer) in the corpus",
  "corrections.followedSplit":
    "{count, plural, one {# card on the canvas now shows} other {# cards on the canvas now show}} the first part of the split quote; the second part is in the library.",
  "corrections.followedMerged":
    "{count, plural, one {# card on the canvas now refers} other {# cards on the canvas now refer}} to the merged quote.",
};

import type { ImportResult } from "../../importError";
import { fail } from "../../result";
import { normaliseForId } from "../hash";
import { joinLines, type ParagraphLine } from "../parse/hyphenation";
import { finishCorpus, type QuoteDraft } from "./finish";
import { baseName, type ParsedCorpus, WarningTally } from "./parsedCorpus";

/** One text run as pdf.js reports it: baseline position in PDF units (y grows upwards). */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

export interface PdfPageText {
  /** 1-based position in the file. */
  readonly index: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

/** Bottom and top strips of a page where footers, headers and page numbers live. */
const MARGIN_SHARE = 0.07;
/** Text this much larger than the body text is a heading (or a pull quote). */
const HEADING_RATIO = 1.2;
/** A pull quote repeats a body quote; shorter large text is a heading. */
const HEADING_MAX_WORDS = 9;

interface Line {
  text: string;
  trailingSpace: boolean;
  y: number;
  size: number;
  page: number;
}

function round(n: number, step: number): number {
  return Math.round(n / step) * step;
}

/** The most common font size, weighted by characters: the body text. */
function bodyFontSize(pages: readonly PdfPageText[]): number {
  const weight = new Map<number, number>();
  for (const page of pages)
    for (const item of page.items) {
      const size = round(item.fontSize, 0.5);
      weight.set(size, (weight.get(size) ?? 0) + item.str.trim().length);
    }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight)
    if (w > bestWeight || (w === bestWeight && size < best)) [best, bestWeight] = [size, w];
  return best;
}

/**
 * Where two columns meet: the widest strip in the middle of the page that no text run
 * covers, or null for a one-column page. Runs wider than most of the page (headings across
 * both columns) are left out of the search.
 */
export function findGutter(items: readonly PdfTextItem[], pageWidth: number): number | null {
  const runs = items.filter((i) => i.width < pageWidth * 0.6 && i.str.trim() !== "");
  if (runs.length < 2) return null;
  const covered = new Uint8Array(Math.ceil(pageWidth) + 1);
  for (const run of runs) {
    const from = Math.max(0, Math.floor(run.x));
    const to = Math.min(covered.length - 1, Math.ceil(run.x + run.width));
    covered.fill(1, from, to);
  }
  const lo = Math.floor(pageWidth * 0.3);
  const hi = Math.ceil(pageWidth * 0.7);
  let best: [number, number] | null = null;
  let start = -1;
  for (let x = lo; x <= hi; x++) {
    if (!covered[x]) {
      if (start < 0) start = x;
      if (!best || x - start > best[1] - best[0]) best = [start, x];
    } else start = -1;
  }
  if (!best || best[1] - best[0] < pageWidth * 0.015) return null;
  const mid = (best[0] + best[1]) / 2;
  const left = runs.some((r) => r.x + r.width <= mid);
  const right = runs.some((r) => r.x >= mid);
  return left && right ? mid : null;
}

/** Groups runs into lines (same baseline, within a third of the font size), top to bottom. */
function toLines(items: readonly PdfTextItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first && Math.abs(first.y - item.y) <= Math.max(first.fontSize, item.fontSize) / 3)
      last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      const gap = item.x - end;
      if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > item.fontSize * 0.15)
        text += " ";
      text += item.str;
      end = item.x + item.width;
    }
    const first = group[0] as PdfTextItem;
    return {
      text: text.replace(/\s+/g, " ").trim(),
      trailingSpace: /\s$/.test(text),
      y: first.y,
      size: Math.max(...group.map((i) => i.fontSize)),
      page,
    };
  });
}

/** Distance between two consecutive body lines in one column: the smallest there is. */
function lineStep(columns: readonly Line[][], body: number): number {
  const gaps: number[] = [];
  for (const column of columns)
    for (let i = 1; i < column.length; i++) {
      const a = column[i - 1] as Line;
      const b = column[i] as Line;
      const gap = a.y - b.y;
      if (gap > 0 && a.size < body * HEADING_RATIO && b.size < body * HEADING_RATIO) gaps.push(gap);
    }
  // Lines cannot sit closer than the line height; gaps under 0.8 of the font size are
  // sub- or superscripts, not lines.
  const lineGaps = gaps.filter((gap) => gap >= body * 0.8);
  // Capped: without enough lines to tell, a gap of more than 1.5 lines' height is space.
  return Math.min(body * 1.5, ...lineGaps);
}

const SECTION = /^(\d{1,3})\.(\d{1,3})\.?\s+(.+)$/;
const CHAPTER = /^(\d{1,3})\.?\s+(\D.*)$/;

interface Block {
  kind: "heading" | "body";
  lines: Line[];
}

/**
 * Quotes from the text layer of a PDF bloemlezing. Per page: footers, headers and page
 * numbers in the margins are dropped (a printed page number is kept for the quotes); the
 * gutter between two columns is found from where no text runs; each column is read top to
 * bottom, left column first. Larger type is a heading ("2.3 Titel" a section, "2 Titel" a
 * chapter) or, when it repeats a quote of its page, a pull quote. A blank line's worth of
 * space ends a quote, and so does a column or page break after a sentence end.
 */
export function pdfToCorpus(
  pages: readonly PdfPageText[],
  sourceName: string,
): ImportResult<ParsedCorpus> {
  const textPages = pages.map((p) => ({ ...p, items: p.items.filter((i) => i.str.trim() !== "") }));
  if (textPages.every((p) => p.items.length === 0)) return fail({ kind: "pdfNoText" });
  const warnings = new WarningTally();
  const body = bodyFontSize(textPages);
  const isHeading = (size: number) => size >= body * HEADING_RATIO;
  const streams: { page: number; printed: number | null; columns: Line[][] }[] = [];

  for (const page of textPages) {
    const margin = page.height * MARGIN_SHARE;
    const inMargin = (i: PdfTextItem) => i.y < margin || i.y > page.height - margin;
    const marginLines = toLines(page.items.filter(inMargin), page.index);
    if (marginLines.length > 0)
      warnings.add("marginLinesDropped", String(page.index), marginLines.length);
    const printed = marginLines
      .map((l) => /(?:^|\s)(\d{1,4})$/.exec(l.text)?.[1])
      .find((n) => n !== undefined);
    const content = page.items.filter((i) => !inMargin(i));
    const gutter = findGutter(content, page.width);
    const columns: Line[][] = [];
    if (gutter === null) columns.push(toLines(content, page.index));
    else {
      // Runs across the gutter (headings over both columns) come first, then each column.
      const across = content.filter((i) => i.x < gutter && i.x + i.width > gutter);
      const left = content.filter((i) => i.x + i.width <= gutter);
      const right = content.filter((i) => i.x >= gutter);
      for (const part of [across, left, right])
        if (part.length) columns.push(toLines(part, page.index));
    }
    streams.push({ page: page.index, printed: printed ? Number(printed) : null, columns });
  }

  const step = lineStep(
    streams.flatMap((s) => s.columns),
    body,
  );
  const blocks: (Block & { page: number; printed: number | null })[] = [];
  for (const stream of streams) {
    for (const column of stream.columns) {
      let previous: Line | null = null;
      for (const line of column) {
        const kind = isHeading(line.size) ? "heading" : "body";
        const current = blocks.at(-1);
        const continues =
          current !== undefined &&
          current.kind === kind &&
          (previous
            ? previous.y - line.y < step * 1.5 && Math.abs(previous.size - line.size) < 0.5
            : kind === "body" && !/[.!?"”’)]$/.test(current.lines.at(-1)?.text ?? "."));
        if (continues && current) current.lines.push(line);
        else blocks.push({ kind, lines: [line], page: stream.page, printed: stream.printed });
        previous = line;
      }
    }
  }

  const drafts: QuoteDraft[] = [];
  const where: string[] = [];
  const pullCandidates: {
    page: number;
    printed: number | null;
    text: string;
    at: number;
    chapter: { n: number; title: string };
    section: { id: string; title: string | null };
  }[] = [];
  const fallbackTitle = baseName(sourceName);
  let chapter = { n: 1, title: fallbackTitle };
  let section: { id: string; title: string | null } = { id: "", title: null };
  let sectionCount = 0;
  const largest = Math.max(
    ...blocks.filter((b) => b.kind === "heading").map((b) => b.lines[0]?.size ?? 0),
  );

  for (const block of blocks) {
    const text = joinLines(block.lines as ParagraphLine[]).trim();
    if (text === "") continue;
    if (block.kind === "heading") {
      const sectionMatch = SECTION.exec(text);
      const chapterMatch = CHAPTER.exec(text);
      if (sectionMatch) {
        const n = Number(sectionMatch[1]);
        if (n !== chapter.n) chapter = { n, title: `${n}` };
        section = { id: `${n}.${Number(sectionMatch[2])}`, title: sectionMatch[3] ?? null };
        continue;
      }
      if (chapterMatch) {
        chapter = { n: Number(chapterMatch[1]), title: chapterMatch[2] ?? "" };
        section = { id: "", title: null };
        sectionCount = 0;
        continue;
      }
      if (text.split(/\s+/).length > HEADING_MAX_WORDS) {
        pullCandidates.push({
          page: block.page,
          printed: block.printed,
          text,
          at: drafts.length,
          chapter,
          section,
        });
        continue;
      }
      if ((block.lines[0]?.size ?? 0) >= largest - 0.5) {
        chapter = {
          n: drafts.length === 0 && chapter.title === fallbackTitle ? 1 : chapter.n + 1,
          title: text,
        };
        section = { id: "", title: null };
        sectionCount = 0;
      } else {
        sectionCount++;
        section = { id: `${chapter.n}.${sectionCount}`, title: text };
      }
      continue;
    }
    drafts.push({
      text,
      chapter: chapter.n,
      chapterTitle: chapter.title,
      section: section.id,
      sectionTitle: section.title,
      page: block.printed ?? block.page,
      source: sourceName,
      pullQuote: false,
    });
    where.push(String(block.page));
  }

  // A pull quote repeats a quote of its page in large type: flag that quote, do not add one.
  // Large text that repeats nothing is kept as a quote where it stood.
  for (const candidate of [...pullCandidates].reverse()) {
    const needle = normaliseForId(candidate.text);
    const match = drafts.findIndex(
      (d, i) => where[i] === String(candidate.page) && normaliseForId(d.text).includes(needle),
    );
    const quote = drafts[match];
    if (quote) {
      drafts[match] = { ...quote, pullQuote: true };
      warnings.add("pullQuotes", String(candidate.page));
      continue;
    }
    drafts.splice(candidate.at, 0, {
      text: candidate.text,
      chapter: candidate.chapter.n,
      chapterTitle: candidate.chapter.title,
      section: candidate.section.id,
      sectionTitle: candidate.section.title,
      page: candidate.printed ?? candidate.page,
      source: sourceName,
      pullQuote: false,
    });
    where.splice(candidate.at, 0, String(candidate.page));
  }
  return finishCorpus(
    drafts,
    { name: fallbackTitle, sourceName, format: "pdf" },
    warnings,
    (i) => where[i] ?? "",
  );
}

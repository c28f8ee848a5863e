import { normaliseForId } from "../hash";

/**
 * Pages: each file is cut at its footer lines. 002 numbers its footers; the other files
 * repeat 002 pages or add one page, without numbers. Pages whose content equals a numbered
 * page are dropped so every quote occurs once, read from the numbered (002) copy.
 */

export interface SeedFile {
  readonly name: string;
  readonly text: string;
}

export type PageKind = "quotes" | "chapterTitle" | "front" | "back";

export interface Page {
  readonly source: string;
  /** Printed page number; for an unnumbered page that is not a repeat, inferred from its neighbours. */
  readonly page: number | null;
  readonly kind: PageKind;
  /** Text lines without the footer and without blank lines. */
  readonly lines: readonly string[];
}

const FOOTER = /^bloemlezing - (programma )?samen tegen mensenhandel(?:\s+(\d+))?\s*$/;

interface RawPage {
  source: string;
  fileOrder: number;
  number: number | null;
  /** Footer without "programma": chapter title pages and the appendix. */
  plainFooter: boolean;
  lines: string[];
}

function splitFile(file: SeedFile, fileOrder: number): RawPage[] {
  const pages: RawPage[] = [];
  let current: string[] = [];
  for (const raw of file.text.replace(/\r\n?/g, "\n").split("\n")) {
    const footer = FOOTER.exec(raw.trim());
    if (footer) {
      pages.push({
        source: file.name,
        fileOrder,
        number: footer[2] ? Number(footer[2]) : null,
        plainFooter: !footer[1],
        lines: current,
      });
      current = [];
    } else if (raw.trim() !== "") {
      current.push(raw);
    }
  }
  if (current.length > 0)
    pages.push({ source: file.name, fileOrder, number: null, plainFooter: false, lines: current });
  return pages;
}

function lineSet(lines: readonly string[]): Set<string> {
  return new Set(lines.map((l) => normaliseForId(l)).filter((l) => l !== ""));
}

/** Share of the lines of `own` that also occur in `b`. */
function overlap(own: Set<string>, b: Set<string>): number {
  if (own.size === 0) return 0;
  let shared = 0;
  for (const l of own) if (b.has(l)) shared++;
  return shared / own.size;
}

/** Splits the files into pages in book order, drops repeats and classifies each page. */
export function splitPages(files: readonly SeedFile[]): Page[] {
  const raw = files.flatMap((f, i) => splitFile(f, i));
  const numbered = raw.filter((p) => p.number !== null);
  const numberedSets = numbered.map((p) => ({ page: p, set: lineSet(p.lines) }));
  const kept: RawPage[] = [];
  for (const page of raw) {
    const own = lineSet(page.lines);
    const twin = numberedSets.find((n) => n.page !== page && overlap(own, n.set) >= 0.8);
    // A repeat: keep the numbered copy (or the first file's copy when both are numbered).
    if (twin && (page.number === null || twin.page.fileOrder < page.fileOrder)) continue;
    kept.push(page);
  }
  const pages = kept.map((p) => ({ ...p, number: p.number ?? inferPageNumber(p, kept) }));
  pages.sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.fileOrder - b.fileOrder);

  const firstChapter = pages.findIndex((p) => p.plainFooter && /^\s*1\s+\S/.test(p.lines[0] ?? ""));
  return pages.map((p, i): Page => {
    let kind: PageKind = "quotes";
    if (firstChapter < 0 || i < firstChapter) kind = "front";
    else if (p.plainFooter) kind = /^\s*\d\s+\S/.test(p.lines[0] ?? "") ? "chapterTitle" : "back";
    else if (
      pages
        .slice(firstChapter, i)
        .some((q) => q.plainFooter && !/^\s*\d\s+\S/.test(q.lines[0] ?? ""))
    )
      kind = "back";
    return { source: p.source, page: p.number, kind, lines: p.lines };
  });
}

function sectionNumbers(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    // Table-of-contents entries ("3.12 Zorg/opvang 45") are not headings.
    if (/^\s*\d(\.\d+)?\s.*\s\d{1,3}\s*$/.test(line)) continue;
    for (const m of line.matchAll(/(?:^|\s)(\d)\.(\d{1,2})\s+\p{Lu}/gu))
      out.push(Number(m[1]) * 100 + Number(m[2]));
  }
  return out;
}

/**
 * An unnumbered page that repeats nothing is one of the missing even pages. It lies after
 * the last numbered page whose sections come before its own and before the first page with
 * a later section. When sections are skipped between that page and this one (2.15 ... 2.17),
 * their headings need a missing page in between, so the slot right after is ruled out.
 */
function inferPageNumber(page: RawPage, all: readonly RawPage[]): number | null {
  const first = sectionNumbers(page.lines)[0];
  if (first === undefined) return null;
  let lower: number | null = null;
  let lastBefore = 0;
  let upper = Number.POSITIVE_INFINITY;
  const present = new Set<number>();
  for (const other of all) {
    if (other.number === null) continue;
    present.add(other.number);
    const sections = sectionNumbers(other.lines);
    if (sections.length === 0) continue;
    const max = Math.max(...sections);
    if (max < first && (lower === null || other.number > lower)) {
      lower = other.number;
      lastBefore = max;
    }
    if (max > first && other.number < upper) upper = other.number;
  }
  if (lower === null) return null;
  const skipsSections =
    Math.floor(first / 100) === Math.floor(lastBefore / 100) && first - lastBefore > 1;
  const candidates: number[] = [];
  for (let n = lower + 1; n < upper; n++) if (!present.has(n)) candidates.push(n);
  const fits = candidates.find((n) => !skipsSections || candidates.some((m) => m < n));
  return fits ?? candidates[0] ?? lower + 1;
}

/**
 * Chapters and sections. Titles come from the table of contents (chapters 3 and 4 only
 * survived), from chapter title pages and from headings on the quote pages. Because even
 * pages are missing, a page can start inside a section whose heading is not in the source:
 * its number is inferred, its title left null unless a known source gives it.
 */

export interface SectionInfo {
  readonly number: string;
  readonly title: string | null;
}

/** "3.12" -> 312, for ordering section numbers. */
export function sectionOrder(number: string): number {
  const [major, minor] = number.split(".");
  return Number(major) * 100 + Number(minor ?? 0);
}

export function chapterOf(section: string): number {
  return Number(section.split(".")[0]);
}

/**
 * Repairs extraction slips inside titles: a lone consonant split off the word it belongs
 * to ("k ennis" -> "kennis"). Dutch has no one-letter consonant words, so this is safe.
 */
export function repairTitle(title: string): string {
  return title
    .replace(/(^|\s)([b-df-hj-np-tv-z]) (\p{Ll}{2,})/gu, "$1$2$3")
    .replace(/\s+/g, " ")
    .trim();
}

const TOC_LINE = /^(\d)(?:\.(\d{1,2}))?\s+(.+?)\s+(\d{1,3})\s*$/;

export interface TableOfContents {
  readonly chapters: ReadonlyMap<number, string>;
  readonly sections: ReadonlyMap<string, string>;
  /** Page on which each section starts. */
  readonly pages: ReadonlyMap<string, number>;
}

/** The last section the table of contents starts on a page before `page` within `chapter`. */
export function tocSectionBefore(
  toc: TableOfContents,
  chapter: number,
  page: number,
): string | null {
  let best: string | null = null;
  for (const [number, start] of toc.pages) {
    if (chapterOf(number) !== chapter || start >= page) continue;
    if (best === null || sectionOrder(number) > sectionOrder(best)) best = number;
  }
  return best;
}

/** Parses TOC lines such as "3.12 Zorg/opvang 45" and "4 Ambities 47". */
export function parseTableOfContents(lines: readonly string[]): TableOfContents {
  const chapters = new Map<number, string>();
  const sections = new Map<string, string>();
  const pages = new Map<string, number>();
  for (const line of lines) {
    const m = TOC_LINE.exec(line.trim());
    if (!m) continue;
    const title = repairTitle(m[3] ?? "");
    if (m[2] === undefined) chapters.set(Number(m[1]), title);
    else {
      const number = `${m[1]}.${Number(m[2])}`;
      sections.set(number, title);
      pages.set(number, Number(m[4]));
    }
  }
  return { chapters, sections, pages };
}

/** "1  Trends en" + "ontwikkelingen" on a chapter title page. */
export function parseChapterTitlePage(
  lines: readonly string[],
): { chapter: number; title: string } | null {
  const m = /^(\d)\s+(.+)$/.exec((lines[0] ?? "").trim());
  if (!m) return null;
  const title = repairTitle([m[2], ...lines.slice(1)].join(" "));
  return { chapter: Number(m[1]), title };
}

export interface PageTopEvidence {
  /** Section in force at the end of the previous page of the source, if any. */
  readonly previous: string | null;
  /** The previous page of the source is the page just before this one. */
  readonly previousIsAdjacent: boolean;
  /** First heading on this page, in reading order. */
  readonly firstHeading: string | null;
  /** First heading on any later page of the same chapter. */
  readonly nextHeadingLater: string | null;
  /** The table of contents' choice: the last section it starts before this page. */
  readonly fromTableOfContents: string | null;
}

function before(number: string): string | null {
  const [major, minor] = number.split(".").map(Number);
  if (major === undefined || minor === undefined || minor <= 1) return null;
  return `${major}.${minor - 1}`;
}

/**
 * The section at the top of a page. An adjacent previous page simply continues. Otherwise
 * pages are missing in between: the table of contents decides where it has the chapter,
 * else the section just before the next heading (never earlier than the previous page's).
 */
export function sectionAtPageTop(e: PageTopEvidence): string | null {
  if (e.previousIsAdjacent) return e.previous;
  const next = e.firstHeading ?? e.nextHeadingLater;
  let candidate = e.fromTableOfContents ?? (next ? before(next) : null);
  if (e.firstHeading && candidate && sectionOrder(candidate) >= sectionOrder(e.firstHeading))
    candidate = before(e.firstHeading);
  if (candidate === null) return e.previous;
  if (e.previous !== null && sectionOrder(e.previous) >= sectionOrder(candidate)) return e.previous;
  return candidate;
}

import type { Quote } from "./quote";

export interface SectionSummary {
  section: string;
  /** Null when the source names the section number but not its title. */
  title: string | null;
  count: number;
}

export interface ChapterSummary {
  chapter: number;
  title: string;
  count: number;
  sections: SectionSummary[];
}

/** Chapters and their sections in reading order, with quote counts: the corpus's table of contents. */
export function outlineOf(quotes: readonly Quote[]): ChapterSummary[] {
  const chapters = new Map<number, ChapterSummary>();
  const sections = new Map<string, SectionSummary>();
  for (const quote of quotes) {
    let chapter = chapters.get(quote.chapter);
    if (!chapter) {
      chapter = { chapter: quote.chapter, title: quote.chapterTitle, count: 0, sections: [] };
      chapters.set(quote.chapter, chapter);
    }
    chapter.count++;
    const key = `${quote.chapter}|${quote.section}`;
    let section = sections.get(key);
    if (!section) {
      section = { section: quote.section, title: quote.sectionTitle, count: 0 };
      sections.set(key, section);
      chapter.sections.push(section);
    }
    section.count++;
    section.title ??= quote.sectionTitle;
  }
  const bySectionNumber = (a: SectionSummary, b: SectionSummary) =>
    a.section.localeCompare(b.section, "nl", { numeric: true });
  return [...chapters.values()]
    .sort((a, b) => a.chapter - b.chapter)
    .map((c) => ({ ...c, sections: c.sections.sort(bySectionNumber) }));
}

export interface QuoteFilter {
  chapter: number | null;
  section: string | null;
  /** Quote ids to leave out, e.g. those already on the canvas. */
  exclude?: ReadonlySet<string> | null;
}

export function matchesFilter(quote: Quote, filter: QuoteFilter): boolean {
  return (
    (filter.chapter === null || quote.chapter === filter.chapter) &&
    (filter.section === null || quote.section === filter.section) &&
    !filter.exclude?.has(quote.id)
  );
}

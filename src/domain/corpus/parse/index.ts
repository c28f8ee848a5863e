import { normaliseForId } from "../hash";
import { CHAPTER_TITLES_SEED, type Quote } from "../quote";
import { LEFT, readColumns, type TopicEvidence } from "./columns";
import {
  chapterOf,
  parseChapterTitlePage,
  parseTableOfContents,
  repairTitle,
  sectionAtPageTop,
  type TableOfContents,
  tocSectionBefore,
} from "./headings";
import { joinLines } from "./hyphenation";
import { assignIds } from "./ids";
import { learnLanguage } from "./language";
import { DEFAULT_LAYOUT } from "./lineOptions";
import { toTextLine } from "./lines";
import { type Page, type SeedFile, splitPages } from "./pages";
import { applyParserCorrections } from "./parserCorrections";
import { findRepeatedQuote, linesSpelling, splitAtPull } from "./pullQuotes";
import { SEED_CORRECTIONS } from "./seedCorrections";
import { type Block, type BlockLine, pageBlocks } from "./segment";
import { learnTopics } from "./topics";

export type { SeedFile } from "./pages";

/** Bump whenever the parser's output can change. */
export const PARSER_VERSION = 8;

/** How much worse by layout alone a reading may be and still win on the topics of its lines. */
const TOPIC_TIE = 0.5;

export interface ParseOptions {
  /** Apply the reviewed seed corrections (default true). */
  readonly corrections?: boolean;
}

interface PageResult {
  readonly page: Page;
  readonly blocks: Block[];
  /** Section number of the left column's last heading, if any. */
  readonly leftHeading?: string;
  /** What the reading costs by its layout evidence alone (topic evidence left out). */
  readonly layoutCost: number;
}

interface Draft {
  readonly quotes: Array<Omit<Quote, "id">>;
  /** Section at the top of each quote page (by page index). */
  readonly pageTop: ReadonlyMap<number, string | null>;
}

/** Quotes of the quote pages, in book order: page ascending, left column then right. */
export function parseSeedFiles(files: readonly SeedFile[], options: ParseOptions = {}): Quote[] {
  const pages = splitPages(files);
  const toc = parseTableOfContents(pages.filter((p) => p.kind === "front").flatMap((p) => p.lines));
  const chapterTitles = new Map<number, string>(
    Object.entries(CHAPTER_TITLES_SEED).map(([k, v]) => [Number(k), v]),
  );
  for (const [chapter, title] of toc.chapters) chapterTitles.set(chapter, title);

  const quotePages = pages.filter((p) => p.kind === "quotes");
  const language = learnLanguage(quotePages.flatMap((p) => p.lines));
  const textLines = pages.map((page) => page.lines.map((l, i) => toTextLine(l, i)));
  const read = (index: number, topic?: TopicEvidence): PageResult => {
    const page = pages[index] as Page;
    if (page.kind !== "quotes") return { page, blocks: [], layoutCost: 0 };
    const lines = textLines[index] ?? [];
    const { placed, layoutCost } = readColumns(
      lines,
      language,
      DEFAULT_LAYOUT,
      toc.sections,
      topic,
    );
    const leftHeadings = placed.filter((p) => p.heading && p.stream === LEFT);
    const last = leftHeadings[leftHeadings.length - 1];
    const leftHeading = last ? lines[last.line]?.tokens[last.from] : undefined;
    return { page, blocks: pageBlocks(lines, placed), leftHeading, layoutCost };
  };
  const firstReading = pages.map((_, i) => read(i));
  const first = draftQuotes(firstReading, toc, chapterTitles);
  // Second reading of the pages whose columns hold different sections: with their topics.
  const titles = new Map(toc.sections);
  for (const r of firstReading)
    for (const b of r.blocks)
      if (b.kind === "heading" && !titles.has(b.number)) titles.set(b.number, b.title);
  const topics = learnTopics(first.quotes, titles);
  const results = firstReading.map((r, i) => {
    if (!r.blocks.some((b) => b.kind === "heading")) return r;
    const top = first.pageTop.get(i) ?? null;
    const rightTop = r.leftHeading ?? top;
    const second = read(i, {
      leftTop: top,
      rightTop,
      preference: (text, section, other) => topics.preference(text, section, other, r.page.page),
    });
    // Topic evidence only decides between readings the layout finds (nearly) equally good.
    return second.layoutCost <= r.layoutCost + TOPIC_TIE ? second : r;
  });
  const { quotes: draft } = draftQuotes(results, toc, chapterTitles);
  const corrected =
    options.corrections === false ? draft : applyParserCorrections(draft, SEED_CORRECTIONS).quotes;
  return assignIds(corrected);
}

/** Quotes of the read pages, with their sections, chapters and pull-quote flags. */
function draftQuotes(
  results: readonly PageResult[],
  toc: TableOfContents,
  chapterTitles: Map<number, string>,
): Draft {
  const pageTop = new Map<number, string | null>();
  const headingTitles = new Map<string, string>();
  for (const r of results) {
    for (const b of r.blocks)
      if (b.kind === "heading") headingTitles.set(b.number, repairTitle(b.title));
  }
  const titleOf = (section: string): string | null =>
    toc.sections.get(section) ?? headingTitles.get(section) ?? null;

  const draft: Array<Omit<Quote, "id">> = [];
  let chapter = 0;
  let section: string | null = null;
  let previousPage: number | null = null;
  for (const [index, { page, blocks }] of results.entries()) {
    if (page.kind === "chapterTitle") {
      const parsed = parseChapterTitlePage(page.lines);
      if (parsed) {
        chapter = parsed.chapter;
        if (!toc.chapters.has(parsed.chapter)) chapterTitles.set(parsed.chapter, parsed.title);
      }
      section = null;
      previousPage = page.page;
      continue;
    }
    if (page.kind !== "quotes") continue;
    const firstHeading = firstHeadingOf(blocks);
    const nextHeadingLater =
      results
        .slice(index + 1)
        .map((r) => firstHeadingOf(r.blocks))
        .find((h) => h !== null) ?? null;
    const chapterHere = firstHeading ? chapterOf(firstHeading) : chapter;
    section = sectionAtPageTop({
      previous: section,
      previousIsAdjacent:
        previousPage !== null && page.page !== null && page.page - previousPage === 1,
      firstHeading,
      nextHeadingLater:
        nextHeadingLater && chapterOf(nextHeadingLater) === chapterHere ? nextHeadingLater : null,
      fromTableOfContents:
        page.page !== null ? tocSectionBefore(toc, chapterHere, page.page) : null,
    });
    pageTop.set(index, section);
    const pageQuotes: Array<Omit<Quote, "id">> = [];
    const pullBlocks: Array<readonly BlockLine[]> = [];
    for (const block of blocks) {
      if (block.kind === "heading") {
        section = block.number;
        continue;
      }
      if (block.pull) {
        pullBlocks.push(block.lines);
        continue;
      }
      pageQuotes.push(quoteAt(block.text, section, chapter, chapterTitles, titleOf, page, false));
    }
    // Pull-quote lines that spell out a normal quote, however the streams paired them.
    let unmatched = pullBlocks.flat().sort((a, b) => a.index - b.index);
    const normalised = new Map(unmatched.map((l) => [l, normaliseForId(l.text)]));
    for (const q of unmatched.length > 0 ? pageQuotes : []) {
      const used = linesSpelling(q.text, unmatched, normalised);
      if (!used) continue;
      q.pullQuote = true;
      unmatched = unmatched.filter((l) => !used.includes(l));
    }
    const pulls = pullBlocks
      .map((lines) => lines.filter((l) => unmatched.includes(l)))
      .filter((lines) => lines.length > 0)
      .map((lines) => joinLines(lines));
    // Pull quotes: flag the quote they repeat, or keep them when that quote is not here.
    for (const pull of pulls) {
      const hit = findRepeatedQuote(
        pull,
        pageQuotes.map((q) => q.text),
      );
      const repeated = pageQuotes[hit];
      const split = repeated ? splitAtPull(repeated.text, pull) : null;
      if (repeated && split) {
        pageQuotes.splice(
          hit,
          1,
          { ...repeated, text: split[0], pullQuote: true },
          { ...repeated, text: split[1] },
        );
      } else if (repeated) repeated.pullQuote = true;
      else pageQuotes.push(quoteAt(pull, section, chapter, chapterTitles, titleOf, page, true));
    }
    draft.push(...pageQuotes);
    if (section) chapter = chapterOf(section);
    previousPage = page.page;
  }
  return { quotes: draft, pageTop };
}

function firstHeadingOf(blocks: readonly Block[]): string | null {
  for (const b of blocks) if (b.kind === "heading") return b.number;
  return null;
}

function quoteAt(
  text: string,
  section: string | null,
  chapter: number,
  chapterTitles: ReadonlyMap<number, string>,
  titleOf: (section: string) => string | null,
  page: Page,
  pullQuote: boolean,
): Omit<Quote, "id"> {
  const ch = section ? chapterOf(section) : Math.max(1, chapter);
  return {
    text,
    chapter: ch,
    chapterTitle: chapterTitles.get(ch) ?? `Hoofdstuk ${ch}`,
    section: section ?? "",
    sectionTitle: section ? titleOf(section) : null,
    page: page.page,
    source: page.source,
    pullQuote,
  };
}

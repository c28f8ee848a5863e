import type { ImportResult } from "../../importError";
import { joinLines } from "../parse/hyphenation";
import { finishCorpus, type QuoteDraft } from "./finish";
import { baseName, type ParsedCorpus, WarningTally } from "./parsedCorpus";

interface Chapter {
  n: number;
  title: string;
}
interface Section {
  id: string;
  title: string | null;
}

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** "2.3 Titel" or "2.3. Titel" alone on its line: a numbered section. */
const NUMBERED_SECTION = /^(\d{1,3})\.(\d{1,3})\.?\s+(\p{Lu}.{0,120})$/u;
const LEADING_NUMBER = /^(\d{1,3})(?:\.(\d{1,3}))?\.?\s+(.+)$/;
const BULLET = /^(?:[-*•]|\d{1,3}[.)])\s+/;

/**
 * Plain text or Markdown: one quote per paragraph (blank lines between), or per list item.
 * `#` headings are chapters, `##` and deeper are sections, and a line such as "2.3 Titel"
 * on its own is a numbered section of chapter 2. Line-end hyphens are rejoined.
 */
export function parseTextCorpus(text: string, sourceName: string): ImportResult<ParsedCorpus> {
  const warnings = new WarningTally();
  const drafts: QuoteDraft[] = [];
  const startLines: number[] = [];
  const chapterTitles = new Map<number, string>();
  const fallbackTitle = baseName(sourceName);
  let chapter: Chapter | null = null;
  let section: Section | null = null;
  let sectionCount = 0;
  let sawHeading = false;
  let beforeHeadings = 0;
  let paragraph: string[] = [];
  let paragraphLine = 0;

  const flush = () => {
    if (paragraph.length === 0) return;
    const joined = joinLines(paragraph.map((t) => ({ text: t, trailingSpace: false }))).trim();
    paragraph = [];
    if (joined === "") return;
    if (!sawHeading) beforeHeadings++;
    drafts.push({
      text: joined,
      chapter: chapter?.n ?? 1,
      chapterTitle: chapter?.title ?? fallbackTitle,
      section: section?.id ?? "",
      sectionTitle: section?.title ?? null,
      page: null,
      source: sourceName,
      pullQuote: false,
    });
    startLines.push(paragraphLine);
  };

  const enterChapter = (n: number, title: string | null, lineNo: number) => {
    const known = title ?? chapterTitles.get(n);
    if (!known) warnings.add("unknownChapterTitle", String(lineNo));
    chapter = { n, title: known ?? `${n}` };
    if (known) chapterTitles.set(n, known);
    section = null;
    sectionCount = 0;
  };

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === "") {
      flush();
      return;
    }
    const heading = MD_HEADING.exec(line);
    const nextBlank = (lines[index + 1] ?? "").trim() === "";
    const numbered = paragraph.length === 0 && nextBlank ? NUMBERED_SECTION.exec(line) : null;
    if (heading || numbered) {
      flush();
      sawHeading = true;
      if (numbered) {
        const n = Number(numbered[1]);
        if (chapter?.n !== n) enterChapter(n, null, lineNo);
        section = { id: `${n}.${Number(numbered[2])}`, title: (numbered[3] ?? "").trim() };
        return;
      }
      const level = (heading?.[1] ?? "#").length;
      const content = heading?.[2] ?? "";
      const numberedHeading = LEADING_NUMBER.exec(content);
      if (level === 1) {
        const n =
          numberedHeading && !numberedHeading[2]
            ? Number(numberedHeading[1])
            : (chapter?.n ?? 0) + 1;
        const title = numberedHeading && !numberedHeading[2] ? (numberedHeading[3] ?? "") : content;
        enterChapter(n, title, lineNo);
        return;
      }
      if (numberedHeading?.[2]) {
        const n = Number(numberedHeading[1]);
        if (chapter?.n !== n) enterChapter(n, null, lineNo);
        section = { id: `${n}.${Number(numberedHeading[2])}`, title: numberedHeading[3] ?? "" };
        return;
      }
      if (!chapter) enterChapter(1, fallbackTitle, lineNo);
      sectionCount++;
      section = { id: `${chapter?.n ?? 1}.${sectionCount}`, title: content };
      return;
    }
    const body = line.replace(/^>\s?/, "");
    if (BULLET.test(body)) {
      flush();
      paragraph.push(body.replace(BULLET, ""));
      paragraphLine = lineNo;
      return;
    }
    if (paragraph.length === 0) paragraphLine = lineNo;
    paragraph.push(body);
  });
  flush();
  // Quotes before the first heading are only worth a warning when there are headings at all.
  if (sawHeading && beforeHeadings > 0)
    warnings.add("beforeHeadings", `${startLines[0]}`, beforeHeadings);
  return finishCorpus(
    drafts,
    { name: fallbackTitle, sourceName, format: "text" },
    warnings,
    (i) => `${startLines[i]}`,
  );
}

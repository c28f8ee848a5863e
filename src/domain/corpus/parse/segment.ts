import { LEFT, type Placed, PULL_A, RIGHT, type StreamId } from "./columns";
import { joinLines, type ParagraphLine } from "./hyphenation";
import type { TextLine } from "./lines";

/**
 * From column lines to blocks: paragraphs (quotes), headings and pull quotes, in reading
 * order (left column, then right column). A paragraph ends where a line does not wrap;
 * bullet items stay with the paragraph that introduces them.
 */

export type Block =
  | { readonly kind: "heading"; readonly number: string; readonly title: string }
  | {
      readonly kind: "quote";
      readonly text: string;
      readonly pull: boolean;
      /** The block's lines (kept for pull quotes, whose lines other pull quotes may interleave). */
      readonly lines: readonly BlockLine[];
    };

export interface BlockLine extends ParagraphLine {
  readonly index: number;
}

interface Draft {
  kind: "heading" | "quote";
  stream: StreamId;
  lines: BlockLine[];
  open: boolean;
  /** Starts with a lower-case word at the top of its column: text continued from elsewhere. */
  fragment: boolean;
}

function partText(line: TextLine, p: Placed): BlockLine {
  const text = line.tokens.slice(p.from, p.to).join(" ");
  const endsLine = p.to === line.tokens.length;
  return {
    index: line.index,
    text,
    trailingSpace: endsLine ? line.trailingSpace : line.wideGap[p.to] === true,
  };
}

function streamDrafts(
  lines: readonly TextLine[],
  placed: readonly Placed[],
  stream: StreamId,
): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const p of placed) {
    if (p.stream !== stream) continue;
    const line = lines[p.line];
    if (!line) continue;
    const part = partText(line, p);
    // A bullet item joins the paragraph that introduced the list (ends in ":") or an earlier item.
    const previousLines = current?.kind === "quote" ? current.lines : [];
    const bulletList =
      part.text.startsWith("•") &&
      previousLines.some(
        (l, i) => l.text.startsWith("•") || (i === previousLines.length - 1 && /:$/.test(l.text)),
      );
    if (p.heading) {
      current = { kind: "heading", stream, lines: [part], open: p.open, fragment: false };
      drafts.push(current);
    } else if (current && (current.open || p.headingContinuation || bulletList)) {
      current.lines.push(part);
      current.open = p.open;
    } else {
      const fragment = drafts.length === 0 && /^\p{Ll}/u.test(part.text);
      current = { kind: "quote", stream, lines: [part], open: p.open, fragment };
      drafts.push(current);
    }
  }
  return drafts;
}

function toBlock(d: Draft, pull: boolean): Block {
  if (d.kind === "heading") {
    const [first, ...rest] = d.lines;
    const words = (first?.text ?? "").split(" ");
    const title = [words.slice(1).join(" "), ...rest.map((l) => l.text)].join(" ");
    return { kind: "heading", number: words[0] ?? "", title };
  }
  return { kind: "quote", text: joinLines(d.lines), pull, lines: d.lines };
}

/** Blocks of one page in reading order; unmatched pull quotes come last. */
export function pageBlocks(lines: readonly TextLine[], placed: readonly Placed[]): Block[] {
  const left = streamDrafts(lines, placed, LEFT);
  const right = streamDrafts(lines, placed, RIGHT);
  // The right column's first line may finish the paragraph the left column ended with.
  const lastLeft = left[left.length - 1];
  const firstRight = right[0];
  if (
    lastLeft?.kind === "quote" &&
    lastLeft.open &&
    firstRight?.kind === "quote" &&
    firstRight.fragment
  ) {
    lastLeft.lines.push(...firstRight.lines);
    lastLeft.open = firstRight.open;
    right.shift();
  }
  const pulls = [
    ...streamDrafts(lines, placed, PULL_A),
    ...streamDrafts(lines, placed, (PULL_A + 1) as StreamId),
  ];
  return [
    ...left.map((d) => toBlock(d, false)),
    ...right.map((d) => toBlock(d, false)),
    ...pulls.map((d) => toBlock(d, true)),
  ];
}

import { textWidth } from "./glyphWidths";
import {
  clampAdjacency,
  DEFAULT_LAYOUT,
  type LanguageModel,
  type LayoutModel,
  type LineOption,
  lineOptions,
  type PartInfo,
  type StreamId,
} from "./lineOptions";
import type { TextLine } from "./lines";

/**
 * Column separation. Every text line is the left column's line, the right column's line,
 * both joined by one space, or a line of a large-type pull quote. A whole page is decided
 * at once: a search over those readings (and the split point of joined lines) that scores
 * how well each column continues. Hypotheses in the same state are merged, which makes it
 * a dynamic programme; a small beam bounds the work per page.
 */

export type { LanguageModel, LayoutModel } from "./lineOptions";
export { LEFT, PULL_A, RIGHT, type StreamId } from "./lineOptions";

/** A piece of one text line placed in one stream. */
export interface Placed {
  readonly line: number;
  readonly stream: StreamId;
  readonly from: number;
  readonly to: number;
  /** The stream's paragraph continues on its next line. */
  readonly open: boolean;
  readonly heading: boolean;
  readonly headingContinuation: boolean;
}

// Local copies: imported bindings cost a property lookup each in the hot loop.
const LEFT = 0;
const RIGHT = 1;
const PULL_A = 2;
const LOWER = 0;
const UPPER = 1;
const NEUTRAL = 2;
const SPACE_WIDTH = textWidth(" ");

// Stream states.
const START = 0; // nothing placed yet on this page
const CLOSED = 1; // last paragraph ended on the previous grid line
const GAP = 2; // closed, and at least one empty grid line since
const OPEN = 3; // last line wrapped: the paragraph continues on the next grid line
const HEAD = 4; // a wrapped heading: its second line follows
const AFTER_HEADING = 8; // flag: the stream's last line was (the end of) a heading
const COLON = 16; // flag: the stream's last line ended in a colon (a list may follow)
const BULLET = 32; // flag: the stream's last line belongs to a bullet item
const FULL_STOP = 64; // flag: the stream's last line ended a sentence with . ? or !
/** A line that goes on after a full stop starts a new sentence: with a capital. */
const LOWER_AFTER_STOP = 1;
/** A bullet item placed in a column that has no list going (no colon, no earlier item). */
const STRAY_BULLET = 1.5;

const BEAM = 24;
/** Weight of the word model's adjacency across a line end: running text continues the line. */
const JOIN_ADJACENT = 0.5;
const PRUNE_MARGIN = 4;
// Fit test: glyph widths are approximate (real wraps leave up to ~1.5k units of "room"),
// so only room beyond FIT_T counts, growing by one per FIT_S units, at most FIT_MAX.
const FIT_T = 800;
const FIT_S = 800;
const FIT_MAX = 2.5;

interface Hyp {
  readonly states: readonly number[];
  readonly widths: readonly number[];
  /** Per stream: bit 0 last line ended a sentence, bit 1 it ended in a hyphen. */
  readonly flags: readonly number[];
  /** Last word placed in each stream (for rejoining a word broken by a hyphen). */
  readonly lastWords: readonly string[];
  /** Last word placed in each stream as the language model's word pairs spell it. */
  readonly lastPairWords: readonly string[];
  readonly cost: number;
  /** The part of `cost` that is topic evidence. */
  readonly topicCost: number;
  readonly parent: Hyp | null;
  readonly option: LineOption | null;
  readonly mask: number;
  readonly line: number;
  /** Section order of the last heading in the left column, the first and last in the right (0: none). */
  readonly leftLast: number;
  readonly rightFirst: number;
  readonly rightLast: number;
  /** The right column's first line continues a paragraph (from the bottom of the left column). */
  readonly rightContinues: boolean;
}

/**
 * What the sections of a page are about, for a page whose columns are in different sections
 * (a heading in one column): a line goes to the column whose section its words belong to.
 */
export interface TopicEvidence {
  /** Section at the top of the left column, and of the right column (the left column's last). */
  readonly leftTop: string | null;
  readonly rightTop: string | null;
  /** How much better the words of a text are at home in `section` than in `other` (see topics.ts). */
  readonly preference: (text: string, section: string, other: string) => number;
}

/** Weight of topic evidence, and its bound per line part: it breaks ties, it does not overrule layout. */
const TOPIC_WEIGHT = 0.05;
const TOPIC_MAX = 15;

function sectionOf(order: number): string {
  return `${Math.floor(order / 100)}.${order % 100}`;
}

/**
 * Cost of the topic of part `p` in its stream's section `own` while the other column is in
 * section `other`: how much better the other section fits its words (0 where both are one).
 */
function topicCost(
  topic: TopicEvidence,
  line: TextLine,
  p: PartInfo,
  own: string | null,
  other: string | null,
  cache: Map<string, number>,
): number {
  if (own === null || other === null || own === other) return 0;
  const key = `${line.index}:${p.from}:${p.to}:${own}:${other}`;
  let cost = cache.get(key);
  if (cost === undefined) {
    const text = line.tokens.slice(p.from, p.to).join(" ");
    const better = -topic.preference(text, own, other);
    cost = TOPIC_WEIGHT * Math.min(TOPIC_MAX, Math.max(0, better));
    cache.set(key, cost);
  }
  return cost;
}

/** The column reading of a page, and its cost without the topic evidence. */
export interface ColumnReading {
  readonly placed: Placed[];
  readonly layoutCost: number;
}

export function assignColumns(
  lines: readonly TextLine[],
  language: LanguageModel,
  model: LayoutModel = DEFAULT_LAYOUT,
  titles?: ReadonlyMap<string, string>,
): Placed[] {
  return readColumns(lines, language, model, titles).placed;
}

export function readColumns(
  lines: readonly TextLine[],
  language: LanguageModel,
  model: LayoutModel = DEFAULT_LAYOUT,
  /** Section titles the table of contents gives ("4.5" -> "Mensenhandel meer prioriteit geven"). */
  titles?: ReadonlyMap<string, string>,
  topic?: TopicEvidence,
): ColumnReading {
  const topicCache = new Map<string, number>();
  let beam: Hyp[] = [
    {
      states: [START, START, CLOSED, CLOSED],
      widths: [0, 0, 0, 0],
      flags: [1, 1, 1, 1],
      lastWords: ["", "", "", ""],
      lastPairWords: ["", "", "", ""],
      cost: 0,
      topicCost: 0,
      parent: null,
      option: null,
      mask: 0,
      line: -1,
      leftLast: 0,
      rightFirst: 0,
      rightLast: 0,
      rightContinues: false,
    },
  ];
  for (const line of lines) {
    const options = lineOptions(line, model, language, titles);
    const next = new Map<string, Hyp>();
    // Children far worse than the best one so far never win; skip them before keying.
    let bound = Number.POSITIVE_INFINITY;
    for (const hyp of beam) {
      for (const option of options) {
        if (hyp.cost + option.baseCost > bound) continue;
        for (const mask of option.masks) {
          const child = expand(hyp, line, option, mask, model, language, topic, topicCache);
          if (!child || child.cost > bound) continue;
          if (child.cost + PRUNE_MARGIN < bound) bound = child.cost + PRUNE_MARGIN;
          const key = stateKey(child);
          const existing = next.get(key);
          if (!existing || existing.cost > child.cost) next.set(key, child);
        }
      }
    }
    beam = [...next.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM);
    if (beam.length === 0) throw new Error(`no column reading for line ${line.index}`);
  }
  // A pull quote still open at the page end is unlikely: it is a complete quote.
  let best: Hyp | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const hyp of beam) {
    let cost =
      hyp.cost + (hyp.states[PULL_A] === OPEN ? 3 : 0) + (hyp.states[PULL_A + 1] === OPEN ? 3 : 0);
    // The left column's last paragraph can only run on if the right column starts mid-paragraph.
    if (hyp.states[LEFT] === OPEN && !hyp.rightContinues) cost += 2;
    // Text running on to the next page fills its last line; a short one was a pull quote's.
    for (const s of [LEFT, RIGHT]) {
      if (hyp.states[s] === OPEN && (hyp.widths[s] ?? 0) < 0.8 * model.columnWidth) cost += 2;
    }
    if (cost < bestCost) {
      best = hyp;
      bestCost = cost;
    }
  }
  return {
    placed: backtrack(best),
    layoutCost: bestCost - (best?.topicCost ?? 0),
  };
}

function backtrack(last: Hyp | null): Placed[] {
  const out: Placed[] = [];
  for (let h = last; h?.option; h = h.parent) {
    const parent = h.parent;
    const placed = h.option.parts.map((p, i): Placed => {
      const wasHead = parent?.states[p.stream] === HEAD;
      return {
        line: h.line,
        stream: p.stream,
        from: p.from,
        to: p.to,
        open: p.heading ? p.wrappedHeading : wasHead ? false : ((h.mask >> i) & 1) === 1,
        heading: p.heading,
        headingContinuation: !p.heading && wasHead,
      };
    });
    out.unshift(...placed);
  }
  return out;
}

function stateKey(h: Hyp): string {
  // Two numbers (the columns, the pull quotes) keep every stream's part exact.
  const keys = [0, 0];
  for (let s = 0; s < 4; s++) {
    const state = h.states[s] ?? 0;
    const carries = state === OPEN || state === HEAD;
    const flags = h.flags[s] ?? 0;
    let key = keys[s >> 1] ?? 0;
    key = key * 5 + state;
    key = key * 60 + (carries ? Math.round((h.widths[s] ?? 0) / 600) + 1 : 0);
    key =
      key * 128 +
      (state === CLOSED ? flags & (AFTER_HEADING | COLON | BULLET) : carries ? flags : 0);
    keys[s >> 1] = key;
  }
  // Heading orders are below 1000; only their order relative to later headings matters.
  // Headings and the right column's start are few per page: a second number keeps both exact.
  const headings =
    ((h.leftLast * 1000 + h.rightFirst) * 1000 + h.rightLast) * 2 + (h.rightContinues ? 1 : 0);
  return `${keys[0]}:${keys[1]}:${headings}`;
}

/** Cost of continuing a wrapped line with `p`: the first word should not have fitted. */
function fitCost(width: number, previousWidth: number, p: PartInfo): number {
  const margin = width - previousWidth - SPACE_WIDTH - p.firstWidth;
  // Glyph widths are approximate, so the cost grows gradually with the room left.
  return margin > FIT_T ? Math.min(FIT_MAX, (margin - FIT_T) / FIT_S) : 0;
}

/** `mask` bit i chooses whether part i ends its paragraph (0) or wraps (1). */
function expand(
  hyp: Hyp,
  line: TextLine,
  option: LineOption,
  mask: number,
  model: LayoutModel,
  language: LanguageModel,
  topic: TopicEvidence | undefined,
  topicCache: Map<string, number>,
): Hyp | null {
  const states = [...hyp.states];
  const widths = [...hyp.widths];
  const flags = [...hyp.flags];
  const lastWords = [...hyp.lastWords];
  const lastPairWords = [...hyp.lastPairWords];
  let cost = hyp.cost + option.baseCost;
  let topicTotal = hyp.topicCost;
  let present = 0;
  let leftLast = hyp.leftLast;
  let rightFirst = hyp.rightFirst;
  let rightLast = hyp.rightLast;
  let rightContinues = hyp.rightContinues;

  for (let i = 0; i < option.parts.length; i++) {
    const p = option.parts[i] as PartInfo;
    const s = p.stream;
    const wantOpen = ((mask >> i) & 1) === 1;
    const state = states[s] ?? START;
    const pull = s >= PULL_A;
    const columnWidth = pull ? model.pullWidth : model.columnWidth;
    present |= 1 << s;

    if (p.heading) {
      if (wantOpen) return null; // a heading decides its own ending
      if (pull) return null;
      if (state === OPEN || state === HEAD) cost += 12;
      if (!p.wrappedHeading && p.endsInStopword) cost += 3;
      if (p.width > model.headingWidth + 400) cost += 3 + (p.width - model.headingWidth) / 1000;
      // Section numbers rise in reading order: the left column's, then the right column's.
      if (s === LEFT) {
        if (p.sectionOrder < leftLast || (rightFirst > 0 && p.sectionOrder > rightFirst))
          cost += 15;
        leftLast = p.sectionOrder;
      } else {
        if (p.sectionOrder < rightLast || p.sectionOrder < leftLast) cost += 15;
        if (rightFirst === 0) rightFirst = p.sectionOrder;
        rightLast = p.sectionOrder;
      }
      states[s] = p.wrappedHeading ? HEAD : CLOSED;
      widths[s] = p.width;
      flags[s] = AFTER_HEADING;
      continue;
    }
    if (state === HEAD) {
      if (wantOpen) return null;
      if (p.startKind !== LOWER) cost += 2;
      if (p.width > model.headingWidth + 400) cost += 3 + (p.width - model.headingWidth) / 1000;
      if (p.endsInStopword) cost += 3;
      // The heading wrapped because this first word did not fit on its first line.
      const margin = model.headingWidth - (widths[s] ?? 0) - SPACE_WIDTH - p.firstWidth;
      if (margin > 300) cost += 2 + Math.min(4, margin / 1000);
      states[s] = CLOSED;
      widths[s] = p.width;
      flags[s] = AFTER_HEADING;
      continue;
    }
    if (topic && !pull && option.parts.length === 1) {
      const left = leftLast > 0 ? sectionOf(leftLast) : topic.leftTop;
      const right = rightLast > 0 ? sectionOf(rightLast) : topic.rightTop;
      const extra =
        s === LEFT
          ? topicCost(topic, line, p, left, right, topicCache)
          : topicCost(topic, line, p, right, left, topicCache);
      cost += extra;
      topicTotal += extra;
    }
    const listGoing = ((flags[s] ?? 0) & (COLON | BULLET)) !== 0;
    // Bullet items continue the quote whose colon introduced them, in the same column.
    if (p.bullet && !listGoing) cost += STRAY_BULLET;
    if (state === OPEN) {
      // A bullet always starts a new line, whatever room the line above had left.
      if (p.bullet) {
      } else if (((flags[s] ?? 0) & 2) === 0) cost += fitCost(columnWidth, widths[s] ?? 0, p);
      // A word broken by a hyphen should rejoin into a word the corpus knows.
      else if (!language.words.has((lastWords[s] ?? "").replace(/-$/, "") + p.firstWord)) cost += 1;
      if (p.startKind === LOWER && ((flags[s] ?? 0) & FULL_STOP) !== 0) cost += LOWER_AFTER_STOP;
      if (p.startKind === UPPER && ((flags[s] ?? 0) & 1) === 0) cost += 1;
      // A pair the corpus knows across the line end ("criminele" / "uitbuiting") binds the lines.
      // Words that read as running text across the line end ("betrokken" / "bij") bind the lines.
      else
        cost -=
          JOIN_ADJACENT *
          clampAdjacency(language.adjacency(lastPairWords[s] ?? "", p.firstPairWord));
      if (p.startsWithLabel) cost += 1;
    } else if (state === START) {
      if (p.startKind === LOWER) {
        cost += s === LEFT ? 0.2 : s === RIGHT ? 0.5 : 8;
        // Columns start at the top of the page; continued text cannot start lower down.
        if (line.index > 2) cost += 4;
        if (s === RIGHT) rightContinues = true;
      }
      // With the left column still empty, text is the left column's.
      if (s === RIGHT && states[LEFT] === START) cost += 0.2;
    } else {
      if (p.startKind === LOWER) cost += 6;
      else if (p.startKind === NEUTRAL && !p.bullet) cost += 0.3;
      if (state === CLOSED && !pull) cost += 0.3;
      if (pull && p.startKind !== UPPER) cost += 8;
    }
    cost += wantOpen ? p.openCost : p.closedCost;
    // A paragraph that is only a label ("Professionals:") is the start of a line cut in two.
    if (!wantOpen && p.label && state !== OPEN) cost += 2;
    // Parentheses balance within a paragraph: "(met" here, "name jeugd ...)" there is a mismatch.
    let paren = state === OPEN ? (flags[s] ?? 0) & 4 : 0;
    if (p.closesUnopened) {
      if (paren === 0) cost += 1.5;
      paren = 0;
    }
    if (p.leavesOpen) paren = 4;
    if (!wantOpen && paren !== 0) cost += 1.5;
    states[s] = wantOpen ? OPEN : CLOSED;
    widths[s] = p.width;
    lastWords[s] = p.lastWord;
    lastPairWords[s] = p.lastPairWord;
    const inItem = p.bullet || (state === OPEN && ((flags[s] ?? 0) & BULLET) !== 0);
    flags[s] =
      (p.endsSentence ? 1 : 0) |
      (p.endsHyphen ? 2 : 0) |
      (wantOpen ? paren : 0) |
      (p.endsColon ? COLON : 0) |
      (p.endsFullStop ? FULL_STOP : 0) |
      (inItem ? BULLET : 0);
  }

  // Both columns share one line grid: a wrapped line's continuation is on the next line.
  if (!option.pull) {
    for (const s of [LEFT, RIGHT]) {
      if (present & (1 << s)) continue;
      const state = states[s];
      if (state === OPEN || state === HEAD) cost += 6;
      else if (state === CLOSED) {
        // The first quote of a section follows its heading directly.
        if (((flags[s] ?? 0) & AFTER_HEADING) !== 0) cost += 0.7;
        states[s] = GAP;
      } else if (state === GAP) cost += 0.3;
    }
  }
  for (const s of [PULL_A, PULL_A + 1])
    if (!(present & (1 << s)) && states[s] === OPEN) cost += 0.2;
  return {
    states,
    widths,
    flags,
    lastWords,
    lastPairWords,
    cost,
    topicCost: topicTotal,
    parent: hyp,
    option,
    mask,
    line: line.index,
    leftLast,
    rightFirst,
    rightLast,
    rightContinues,
  };
}

import {
  AFTER_HEADING,
  BULLET,
  BY_HAND,
  CLOSED,
  COLON,
  FULL_STOP,
  GAP,
  HEAD,
  type Hyp,
  OPEN,
  START,
} from "./columnState";
import { textWidth } from "./glyphWidths";
import {
  clampAdjacency,
  type LanguageModel,
  type LayoutModel,
  type LineOption,
  type PartInfo,
} from "./lineOptions";
import type { TextLine } from "./lines";
import { sectionOf, type TopicEvidence, topicCost } from "./topicEvidence";

/**
 * The cost of one reading of a line after the lines before it: how well each column's
 * paragraph continues (fit of the first word, capitals, word pairs across the line end,
 * bullets, headings) and the line grid both columns share.
 */

// Local copies: imported bindings cost a property lookup each in the hot loop.
const LEFT = 0;
const RIGHT = 1;
const PULL_A = 2;
const LOWER = 0;
const UPPER = 1;
const NEUTRAL = 2;
const SPACE_WIDTH = textWidth(" ");

/** A line that goes on after a full stop starts a new sentence: with a capital. */
const LOWER_AFTER_STOP = 1;
/**
 * A word broken by a hyphen that rejoins into no corpus word, but ends the way two or more
 * corpus words end ("accep-" + "teren"): half the cost of a rejoin that makes no sense at all.
 */
const HALF_KNOWN_BREAK = 0.5;
/** A bullet item placed in a column that has no list going (no colon, no earlier item). */
const STRAY_BULLET = 1.5;

/** Weight of the word model's adjacency across a line end: running text continues the line. */
const JOIN_ADJACENT = 0.5;
// Fit test: glyph widths are approximate (real wraps leave up to ~1.5k units of "room"),
// so only room beyond FIT_T counts, growing by one per FIT_S units, at most FIT_MAX.
const FIT_T = 800;
const FIT_S = 800;
const FIT_MAX = 2.5;

/** Cost of continuing a wrapped line with `p`: the first word should not have fitted. */
function fitCost(width: number, previousWidth: number, p: PartInfo): number {
  const margin = width - previousWidth - SPACE_WIDTH - p.firstWidth;
  // Glyph widths are approximate, so the cost grows gradually with the room left.
  return margin > FIT_T ? Math.min(FIT_MAX, (margin - FIT_T) / FIT_S) : 0;
}

/**
 * The hypothesis after `hyp` reads `line` as `option` (null where that reading is impossible).
 * `mask` bit i chooses whether part i ends its paragraph (0) or wraps (1).
 */
export function placeLine(
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
      // A bullet always starts a new line, and so does the line after a break by hand.
      if (p.bullet || ((flags[s] ?? 0) & BY_HAND) !== 0) {
      } else if (((flags[s] ?? 0) & 2) === 0) cost += fitCost(columnWidth, widths[s] ?? 0, p);
      // A word broken by a hyphen should rejoin into a word the corpus knows, or at least end
      // the way other words do ("accep-" + "teren", like consulteren; not "accep-" + "was").
      else if (!language.words.has((lastWords[s] ?? "").replace(/-$/, "") + p.firstWord))
        cost += language.endings.has(p.firstWord) ? HALF_KNOWN_BREAK : 1;
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
      (p.brokenByHand ? BY_HAND : 0) |
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

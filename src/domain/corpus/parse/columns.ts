import {
  AFTER_HEADING,
  BULLET,
  CLOSED,
  COLON,
  HEAD,
  type Hyp,
  OPEN,
  type Placed,
  START,
} from "./columnState";
import { DEFAULT_LAYOUT, type LanguageModel, type LayoutModel, lineOptions } from "./lineOptions";
import type { TextLine } from "./lines";
import { placeLine } from "./placeLine";
import type { TopicEvidence } from "./topicEvidence";

/**
 * Column separation. Every text line is the left column's line, the right column's line,
 * both joined by one space, or a line of a large-type pull quote. A whole page is decided
 * at once: a search over those readings (and the split point of joined lines) that scores
 * how well each column continues. Hypotheses in the same state are merged, which makes it
 * a dynamic programme; a small beam bounds the work per page.
 */

export type { Placed } from "./columnState";
export type { LanguageModel, LayoutModel } from "./lineOptions";
export { LEFT, PULL_A, RIGHT, type StreamId } from "./lineOptions";
export type { TopicEvidence } from "./topicEvidence";

// Local copies: imported bindings cost a property lookup each in the hot loop.
const LEFT = 0;
const RIGHT = 1;
const PULL_A = 2;

const BEAM = 24;
const PRUNE_MARGIN = 4;

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
          const child = placeLine(hyp, line, option, mask, model, language, topic, topicCache);
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
      key * 256 +
      (state === CLOSED ? flags & (AFTER_HEADING | COLON | BULLET) : carries ? flags : 0);
    keys[s >> 1] = key;
  }
  // Heading orders are below 1000; only their order relative to later headings matters.
  // Headings and the right column's start are few per page: a second number keeps both exact.
  const headings =
    ((h.leftLast * 1000 + h.rightFirst) * 1000 + h.rightLast) * 2 + (h.rightContinues ? 1 : 0);
  return `${keys[0]}:${keys[1]}:${headings}`;
}

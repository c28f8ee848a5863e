import { SECTION_NUMBER, SPACE_WIDTH, spanWidth, type TextLine } from "./lines";

/**
 * Column separation. Every text line is the left column's line, the right column's line,
 * both joined by one space, or a line of a large-type pull quote. We decide a whole page at
 * once: a beam search over those choices (and the split point of joined lines) that scores
 * how well each column continues, with recombination of equal states so it is a bounded DP.
 */

export const LEFT = 0;
export const RIGHT = 1;
export const PULL_A = 2;
export const PULL_B = 3;
export type StreamId = 0 | 1 | 2 | 3;

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

export interface LayoutModel {
  /** Widest line of a normal column (1/1000 em of the body font). */
  readonly columnWidth: number;
  /** Widest line of a pull quote, measured in body-font units. */
  readonly pullWidth: number;
}

export const DEFAULT_LAYOUT: LayoutModel = { columnWidth: 28900, pullWidth: 22600 };

// Column states.
const START = 0; // nothing placed yet on this page
const CLOSED = 1; // last paragraph ended on the previous grid line
const GAP = 2; // closed, and at least one empty grid line since
const OPEN = 3; // last line wrapped: the paragraph continues on the next grid line
const HEAD = 4; // a wrapped heading: its second line follows

const STOPWORDS = new Set(["en", "van", "de", "het", "op", "in", "met", "voor", "bij", "of", "aan", "tot", "een"]);

interface Hyp {
  readonly states: readonly number[];
  readonly lastWidth: readonly number[];
  readonly lastPunct: readonly boolean[];
  readonly lastHyphen: readonly boolean[];
  readonly cost: number;
  readonly parent: Hyp | null;
  readonly placed: readonly Placed[];
  readonly key: string;
}

interface PartView {
  readonly from: number;
  readonly to: number;
  readonly width: number;
  readonly endsLine: boolean;
}

const BEAM = 160;

function startKind(token: string): "lower" | "upper" | "neutral" {
  const ch = token.charAt(0);
  if (/\p{Ll}/u.test(ch)) return "lower";
  if (/\p{Lu}/u.test(ch)) return "upper";
  return "neutral";
}

function endsSentence(token: string): boolean {
  return /[.?!:;][”’"')]*$/.test(token) || /\)$/.test(token);
}

function endsWithBreak(token: string): boolean {
  return /[-/]$/.test(token);
}

export function assignColumns(lines: readonly TextLine[], model: LayoutModel = DEFAULT_LAYOUT): Placed[] {
  const W = model.columnWidth;
  let beam: Hyp[] = [
    {
      states: [START, START, CLOSED, CLOSED],
      lastWidth: [0, 0, 0, 0],
      lastPunct: [true, true, true, true],
      lastHyphen: [false, false, false, false],
      cost: 0,
      parent: null,
      placed: [],
      key: "",
    },
  ];

  for (const line of lines) {
    const options = lineOptions(line, W, model.pullWidth);
    const next = new Map<string, Hyp>();
    for (const hyp of beam) {
      for (const option of options) {
        const child = expand(hyp, line, option, model);
        if (!child) continue;
        const existing = next.get(child.key);
        if (!existing || existing.cost > child.cost) next.set(child.key, child);
      }
    }
    beam = [...next.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM);
    if (beam.length === 0) throw new Error(`no column assignment for line ${line.index}`);
  }

  // A pull quote still open at the page end is unlikely: it is a complete quote.
  let best: Hyp | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const hyp of beam) {
    const cost = hyp.cost + (hyp.states[PULL_A] === OPEN ? 3 : 0) + (hyp.states[PULL_B] === OPEN ? 3 : 0);
    if (cost < bestCost) {
      best = hyp;
      bestCost = cost;
    }
  }
  const out: Placed[] = [];
  for (let h: Hyp | null | undefined = best; h; h = h.parent) out.unshift(...h.placed);
  return out;
}

interface LineOption {
  /** Parts per stream; a pull line is a single part. */
  readonly parts: ReadonlyArray<{ stream: StreamId; view: PartView }>;
  readonly baseCost: number;
  readonly pull: boolean;
}

function lineOptions(line: TextLine, W: number, pullWidth: number): LineOption[] {
  const n = line.tokens.length;
  const whole = spanWidth(line, 0, n);
  const tolerance = 500;
  const headingGap = n > 1 && SECTION_NUMBER.test(line.tokens[0] ?? "") ? 1 : -1;
  let wideGapAt = -1;
  for (let k = 1; k < n; k++) if (line.wideGap[k] && k !== headingGap) wideGapAt = k;
  const options: LineOption[] = [];
  const sectionAt = (k: number) => SECTION_NUMBER.test(line.tokens[k] ?? "") && k + 1 < n;
  const sectionInside = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) if (sectionAt(k)) return true;
    return false;
  };
  if (whole <= W + tolerance && !sectionInside(0, n)) {
    const view = { from: 0, to: n, width: whole, endsLine: true };
    const base = wideGapAt > 0 ? 3 : 0;
    options.push({ parts: [{ stream: LEFT, view }], baseCost: base, pull: false });
    options.push({ parts: [{ stream: RIGHT, view }], baseCost: base, pull: false });
    if (whole <= pullWidth + 600 && !sectionAt(0)) {
      options.push({ parts: [{ stream: PULL_A, view }], baseCost: base + 1.2, pull: true });
      options.push({ parts: [{ stream: PULL_B, view }], baseCost: base + 1.2, pull: true });
    }
  }
  for (let k = 1; k < n; k++) {
    const leftWidth = spanWidth(line, 0, k);
    const rightWidth = spanWidth(line, k, n);
    if (leftWidth > W + tolerance || rightWidth > W + tolerance) continue;
    if (sectionInside(0, k) || sectionInside(k, n)) continue;
    const base = wideGapAt > 0 && wideGapAt !== k ? 2 : 0;
    options.push({
      parts: [
        { stream: LEFT, view: { from: 0, to: k, width: leftWidth, endsLine: false } },
        { stream: RIGHT, view: { from: k, to: n, width: rightWidth, endsLine: true } },
      ],
      baseCost: base,
      pull: false,
    });
  }
  return options;
}

function expand(hyp: Hyp, line: TextLine, option: LineOption, model: LayoutModel): Hyp | null {
  const states = [...hyp.states];
  const lastWidth = [...hyp.lastWidth];
  const lastPunct = [...hyp.lastPunct];
  const lastHyphen = [...hyp.lastHyphen];
  let cost = hyp.cost + option.baseCost;
  const placed: Placed[] = [];
  const present = new Set<StreamId>();

  for (const { stream, view } of option.parts) {
    present.add(stream);
    const width = stream >= PULL_A ? model.pullWidth : model.columnWidth;
    const first = line.tokens[view.from] ?? "";
    const last = line.tokens[view.to - 1] ?? "";
    const kind = startKind(first);
    const state = states[stream] ?? START;
    const heading = SECTION_NUMBER.test(first) && view.to - view.from > 1 && startKind(line.tokens[view.from + 1] ?? "") === "upper";
    let headingContinuation = false;
    let open: boolean;

    if (heading) {
      if (state === OPEN || state === HEAD) cost += 12;
      const wrapped = line.wideGap[view.from + 1] === true;
      if (!wrapped && STOPWORDS.has(last.toLowerCase())) cost += 3;
      if (view.width > width * 0.85) cost += 2;
      open = wrapped;
      states[stream] = wrapped ? HEAD : CLOSED;
    } else if (state === HEAD) {
      headingContinuation = true;
      if (kind !== "lower") cost += 2;
      if (view.width > width * 0.8) cost += 3;
      if (STOPWORDS.has(last.toLowerCase())) cost += 3;
      open = false;
      states[stream] = CLOSED;
    } else {
      if (state === OPEN) {
        if (!lastHyphen[stream]) {
          const margin = width - (lastWidth[stream] ?? 0) - SPACE_WIDTH - (line.widths[view.from] ?? 0);
          if (margin > 300) cost += 2 + Math.min(3, margin / 2000);
        }
        if (kind === "upper" && !lastPunct[stream]) cost += 1;
      } else if (state === START) {
        if (kind === "lower") cost += stream === LEFT ? 0.2 : stream === RIGHT ? 0.5 : 8;
      } else {
        if (kind === "lower") cost += 6;
        else if (kind === "neutral" && !first.startsWith("•")) cost += 0.3;
        if (state === CLOSED && stream < PULL_A) cost += 0.3;
        if (stream >= PULL_A && kind !== "upper") cost += 8;
      }
      // How does the line end: wrapped (open) or paragraph-final (closed)?
      const punct = endsSentence(last);
      const brk = endsWithBreak(last);
      let openCost: number;
      let closedCost: number;
      const evidence = view.endsLine ? line.trailingSpace : line.wideGap[view.to] === true;
      if (view.endsLine || evidence) {
        if (evidence || brk) {
          openCost = 0;
          closedCost = evidence ? 2.5 : 4;
        } else {
          openCost = punct ? 4 : 1.5;
          closedCost = 0;
        }
      } else if (brk) {
        openCost = 0;
        closedCost = 3;
      } else {
        openCost = punct ? 2 : 0;
        closedCost = punct ? 0 : 1.5;
      }
      open = openCost <= closedCost;
      cost += Math.min(openCost, closedCost);
      // Keep the other choice alive through a second hypothesis when it is close.
      states[stream] = open ? OPEN : CLOSED;
      lastPunct[stream] = punct;
      lastHyphen[stream] = /-$/.test(last);
    }
    lastWidth[stream] = view.width;
    placed.push({ line: line.index, stream, from: view.from, to: view.to, open, heading, headingContinuation });
  }

  for (const stream of [LEFT, RIGHT] as const) {
    if (present.has(stream) || option.pull) continue;
    const state = states[stream];
    if (state === OPEN || state === HEAD) cost += 6;
    else if (state === CLOSED) states[stream] = GAP;
    else if (state === GAP) cost += 0.3;
  }
  for (const stream of [PULL_A, PULL_B] as const) {
    if (!present.has(stream) && states[stream] === OPEN) cost += 0.2;
  }

  const keyParts: string[] = [];
  for (let s = 0; s < 4; s++) {
    keyParts.push(String(states[s]));
    if (states[s] === OPEN) keyParts.push(String(Math.round((lastWidth[s] ?? 0) / 50)), lastHyphen[s] ? "h" : "", lastPunct[s] ? "p" : "");
  }
  return { states, lastWidth, lastPunct, lastHyphen, cost, parent: hyp, placed, key: keyParts.join(",") };
}

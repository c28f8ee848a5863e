import { bareWord } from "./language";
import { SECTION_NUMBER, spanWidth, type TextLine } from "./lines";

/**
 * The ways one text line can be read: the left column's line, the right column's line, a
 * pull quote's line, or a left and a right line joined at one of its spaces. Everything
 * about a part that does not depend on the lines before it is worked out here, once.
 */

export const LEFT = 0;
export const RIGHT = 1;
export const PULL_A = 2;
export const PULL_B = 3;
export type StreamId = 0 | 1 | 2 | 3;

export interface LayoutModel {
  /** Widest line of a normal column (1/1000 em of the body font). */
  readonly columnWidth: number;
  /** Widest line of a pull quote, measured in body-font units. */
  readonly pullWidth: number;
  /** Widest section heading line (larger type), measured in body-font units. */
  readonly headingWidth: number;
}

export const DEFAULT_LAYOUT: LayoutModel = {
  columnWidth: 28900,
  pullWidth: 22600,
  headingWidth: 20300,
};

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** Word statistics learned from the corpus itself. */
export interface LanguageModel {
  /** Capitalised forms of words that mostly occur in lower case: capitalised, they start a sentence. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Lower-cased words of the corpus: "uitge-" + "nodigd" makes a known word, "uitge-" + "te" does not. */
  readonly words: ReadonlySet<string>;
  /** Endings (of three letters or more) that at least two longer corpus words share: "teren" (consulteren, investeren). */
  readonly endings: ReadonlySet<string>;
  /** Log-likelihood that word b follows word a in running text (0: no evidence either way). */
  readonly adjacency: (a: string, b: string, seenHere?: number) => number;
}

export const LOWER = 0;
export const UPPER = 1;
export const NEUTRAL = 2;

export interface PartInfo {
  readonly stream: StreamId;
  readonly from: number;
  readonly to: number;
  readonly width: number;
  readonly firstWidth: number;
  readonly startKind: number;
  /** First word, lower-cased letters only; last word likewise (kept with a final hyphen). */
  readonly firstWord: string;
  readonly lastWord: string;
  /** First and last word as the language model's word pairs spell them. */
  readonly firstPairWord: string;
  readonly lastPairWord: string;
  readonly bullet: boolean;
  readonly heading: boolean;
  /** "2.11" -> 211 for a heading, else 0. */
  readonly sectionOrder: number;
  /** A heading whose number is followed by two spaces: its title wraps onto the next line. */
  readonly wrappedHeading: boolean;
  readonly endsInStopword: boolean;
  readonly endsSentence: boolean;
  /** Ends in a full stop, question or exclamation mark (not an abbreviation): a new sentence follows. */
  readonly endsFullStop: boolean;
  /** Ends in a colon: it introduces what follows (text or bullet items), so it rarely ends a quote. */
  readonly endsColon: boolean;
  readonly endsHyphen: boolean;
  /** The part ends its line and the line ends in two spaces: a break by hand, not by width. */
  readonly brokenByHand: boolean;
  /** A short part ending in a colon: a label ("Professionals:") that its own text follows. */
  readonly label: boolean;
  /** Starts with a capitalised label ("Professionals:", "Droom:"), as quotes often do. */
  readonly startsWithLabel: boolean;
  /** Parentheses: the part closes one it did not open, and it leaves one open. */
  readonly closesUnopened: boolean;
  readonly leavesOpen: boolean;
  /** Cost of reading the part as wrapping (open) or as ending its paragraph (closed). */
  readonly openCost: number;
  readonly closedCost: number;
}

export interface LineOption {
  readonly parts: readonly PartInfo[];
  readonly baseCost: number;
  readonly pull: boolean;
  /** Ending choices worth trying: bit i of a mask says part i wraps. */
  readonly masks: readonly number[];
}

/** Endings whose evidence is much worse than the alternative are not worth a hypothesis. */
function endingMasks(parts: readonly PartInfo[]): number[] {
  const choices = parts.map((p) => {
    if (p.heading) return [0];
    const out: number[] = [];
    if (p.closedCost <= p.openCost + 3.5) out.push(0);
    if (p.openCost <= p.closedCost + 3.5) out.push(1);
    return out;
  });
  let masks = [0];
  choices.forEach((options, i) => {
    masks = masks.flatMap((m) => options.map((o) => m | (o << i)));
  });
  return masks;
}

/**
 * Cost of ending a quote on a line that ends a sentence and two spaces (broken by hand). A hand
 * break after a full stop ends an item as readily as it breaks a line (five such lines in the
 * seed; in the fixture one ends its quote and two go on), so the extraction's trailing space is
 * no evidence of a wrap there: the cost sits just below a column's extra blank row (0.3 in
 * placeLine), and where nothing else tells, the line grid decides.
 */
export const BY_HAND_AFTER_STOP = 0.25;

/** Cost of ending a quote on a colon. */
export const COLON_CLOSES = 2;

/**
 * Weight of the word model's adjacency (log P(b | a) / P(b)) when a line is cut between a
 * and b: the more a reads as running text, the less likely the cut.
 */
export const SPLIT_ADJACENT = 0.3;

/** Adjacency evidence is bounded: a pair never seen is weak evidence in a corpus this small. */
export function clampAdjacency(value: number): number {
  return Math.min(3, Math.max(-0.3, value));
}

const STOPWORDS = new Set([
  "en",
  "van",
  "de",
  "het",
  "op",
  "in",
  "met",
  "voor",
  "bij",
  "of",
  "aan",
  "tot",
  "een",
]);
const ABBREVIATIONS = new Set(["bijv.", "bv.", "bijvoorbeeld.", "etc.", "incl.", "excl.", "resp."]);
// A closing parenthesis alone ends no sentence: "(drugs)" + "criminaliteit".
const SENTENCE_END = /[.?!:;][”’"')]*$/;

function kindOf(token: string): number {
  const ch = token.charAt(0);
  if (ch.toLowerCase() !== ch) return UPPER;
  if (ch.toUpperCase() !== ch) return LOWER;
  return NEUTRAL;
}

/**
 * Cost of each word boundary inside a line if both words sit in one part: boundary k lies
 * between token k-1 and token k. Words that make sense only across a column boundary cost.
 */
function boundaryCosts(line: TextLine, language: LanguageModel): number[] {
  const costs = [0];
  for (let k = 1; k < line.tokens.length; k++) {
    const token = line.tokens[k] ?? "";
    const previous = line.tokens[k - 1] ?? "";
    let cost = 0;
    const kind = kindOf(token);
    // "van Veel": a common word capitalised mid-sentence starts a new sentence or paragraph.
    if (
      kind === UPPER &&
      !SENTENCE_END.test(previous) &&
      language.sentenceStarters.has(token.replace(/[^\p{L}]+$/u, ""))
    )
      cost += 2.5;
    // "goed. opgewerkt": a sentence end followed by lower case is a column boundary.
    if (
      kind === LOWER &&
      /^\(?\p{L}{3,}\)?[.?!][”’"')]*$/u.test(previous) &&
      !ABBREVIATIONS.has(previous)
    )
      cost += 2.5;
    // A bullet always starts a column line.
    if (token === "•") cost += 6;
    // "vooruit- ook": a line-break hyphen inside a line (a suspended "zorg- en" is fine).
    if (/\p{L}-$/u.test(previous) && !/^(en|of|tot)$/.test(token)) cost += 3;
    costs.push(cost);
  }
  return costs;
}

/** Boundary costs inside tokens [from, to) plus a penalty for a part wider than a column. */
function insideCost(
  line: TextLine,
  boundaries: readonly number[],
  from: number,
  to: number,
  model: LayoutModel,
): number {
  // Almost no line of a column is wider than this; the widest few are outliers of the glyph table.
  const width = spanWidth(line, from, to);
  let cost = width > model.columnWidth - 1000 ? (width - model.columnWidth + 1000) / 600 : 0;
  for (let k = from + 1; k < to; k++) cost += boundaries[k] ?? 0;
  return cost;
}

function part(
  line: TextLine,
  stream: StreamId,
  from: number,
  to: number,
  model: LayoutModel,
): PartInfo {
  const first = line.tokens[from] ?? "";
  const last = line.tokens[to - 1] ?? "";
  const width = spanWidth(line, from, to);
  const heading =
    SECTION_NUMBER.test(first) && to - from > 1 && kindOf(line.tokens[from + 1] ?? "") === UPPER;
  const endsSentence = SENTENCE_END.test(last);
  const endsBreak = /[-/]$/.test(last);
  const endsLine = to === line.tokens.length;
  // The extraction keeps a space after a wrapped line; for a left part only a double space shows it.
  const evidence = endsLine ? line.trailingSpace : line.wideGap[to] === true;
  let openCost: number;
  let closedCost: number;
  if (evidence || (endsLine && endsBreak)) {
    openCost = 0;
    // A space after a full stop is weaker evidence: some quote-final lines keep one; after a
    // break by hand (two spaces) it is none at all.
    closedCost = endsBreak
      ? 4
      : endsSentence
        ? endsLine && line.brokenByHand
          ? BY_HAND_AFTER_STOP
          : 0.3
        : 3;
  } else if (endsLine && /\)$/.test(last) && !endsSentence) {
    // "(drugs)" + "criminaliteit": no space is kept after a closing parenthesis, so no evidence.
    openCost = 0.5;
    closedCost = 0.5;
  } else if (endsLine) {
    openCost = endsSentence ? 4 : 1.5;
    closedCost = 0;
  } else if (endsBreak) {
    openCost = 0;
    closedCost = 3;
  } else {
    openCost = endsSentence ? 2 : 0;
    closedCost = endsSentence ? 0 : 2.5;
  }
  const endsColon = /:[”’"')]*$/.test(last);
  // "groep:" / "Dublinclaimanten, ...": a colon introduces the rest of its quote.
  if (endsColon) closedCost += COLON_CLOSES;
  // A wrapped line is nearly full; a short one only wraps in a pull quote's narrow column,
  // or as the label of a bullet list ("Sociale media:").
  const columnWidth = stream >= PULL_A ? model.pullWidth : model.columnWidth;
  const minimum = (stream >= PULL_A ? 0.6 : 0.72) * columnWidth;
  if (width < minimum && !endsColon) openCost += Math.min(8, ((minimum - width) / 1000) * 0.8);
  return {
    stream,
    from,
    to,
    width,
    // A first "word" without letters ("(=", "–") cannot stand alone at a line end: measure it with the next.
    firstWidth:
      /[\p{L}\p{N}]/u.test(first) || to - from < 2
        ? (line.widths[from] ?? 0)
        : spanWidth(line, from, from + 2),
    startKind: kindOf(first),
    firstWord: first.toLowerCase().replace(/[^\p{L}]+/gu, ""),
    // "wette -" + "lijke": a hyphen set apart from its word still breaks that word.
    lastWord: (last === "-" && to - from > 1 ? `${line.tokens[to - 2]}-` : last)
      .toLowerCase()
      .replace(/[^\p{L}-]+/gu, ""),
    firstPairWord: bareWord(first).toLowerCase(),
    lastPairWord: bareWord(last).toLowerCase(),
    bullet: first === "•" || first.startsWith("•"),
    heading,
    sectionOrder: heading ? Number(first.split(".")[0]) * 100 + Number(first.split(".")[1]) : 0,
    wrappedHeading: heading && line.wideGap[from + 1] === true,
    endsInStopword: STOPWORDS.has(last.toLowerCase()),
    endsSentence,
    endsFullStop:
      /\p{L}{2,}\)?[.?!][”’"')]*$/u.test(last) && !ABBREVIATIONS.has(last.toLowerCase()),
    endsColon,
    endsHyphen: /-$/.test(last),
    brokenByHand: endsLine && line.brokenByHand && !endsSentence,
    label: to - from <= 2 && /:$/.test(last),
    startsWithLabel: /^\p{Lu}\p{Ll}+:$/u.test(first),
    ...parentheses(line.tokens.slice(from, to).join(" ")),
    openCost,
    closedCost,
  };
}

function parentheses(text: string): { closesUnopened: boolean; leavesOpen: boolean } {
  let depth = 0;
  let closesUnopened = false;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) closesUnopened = true;
      else depth--;
    }
  }
  return { closesUnopened, leavesOpen: depth > 0 };
}

/** Title words as one string of letters: extraction slips ("k ennis") and punctuation do not count. */
function titleLetters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Cost of a heading part against the title the table of contents gives its number: a
 * heading that shares its line with the other column ends where its title ends, so the
 * part must hold the whole title; one that ends the line may wrap and hold its start.
 */
function titleCost(line: TextLine, p: PartInfo, titles: ReadonlyMap<string, string>): number {
  const known = titles.get(line.tokens[p.from] ?? "");
  if (!p.heading || known === undefined) return 0;
  const title = titleLetters(known);
  const here = titleLetters(line.tokens.slice(p.from + 1, p.to).join(" "));
  if (here === title) return 0;
  const wraps = p.to === line.tokens.length && title.startsWith(here);
  return wraps ? 0 : TITLE_MISMATCH;
}

/** Cost of a heading part that holds more or less than its title in the table of contents. */
export const TITLE_MISMATCH = 2;

export function lineOptions(
  line: TextLine,
  model: LayoutModel,
  language: LanguageModel,
  titles: ReadonlyMap<string, string> = NO_TITLES,
): LineOption[] {
  const W = model.columnWidth;
  const n = line.tokens.length;
  const whole = spanWidth(line, 0, n);
  const tolerance = 1500;
  const isSection = (k: number) => SECTION_NUMBER.test(line.tokens[k] ?? "") && k + 1 < n;
  const headingGap = isSection(0) ? 1 : -1;
  let wideGapAt = -1;
  for (let k = 1; k < n; k++) if (line.wideGap[k] && k !== headingGap) wideGapAt = k;
  // A section number starts a part: it may only sit at the line start or right after a split.
  let sectionAt = -1;
  for (let k = 1; k < n; k++) if (isSection(k)) sectionAt = k;
  const boundaries = boundaryCosts(line, language);
  const pairWords = line.tokens.map((t) => bareWord(t).toLowerCase());
  const options: Array<Omit<LineOption, "masks">> = [];
  if (whole <= W + tolerance && sectionAt < 0) {
    const base = (wideGapAt > 0 ? 3 : 0) + insideCost(line, boundaries, 0, n, model);
    options.push({ parts: [part(line, LEFT, 0, n, model)], baseCost: base, pull: false });
    options.push({ parts: [part(line, RIGHT, 0, n, model)], baseCost: base, pull: false });
    if (whole <= model.pullWidth + 600 && !isSection(0)) {
      options.push({ parts: [part(line, PULL_A, 0, n, model)], baseCost: base + 1.2, pull: true });
      options.push({ parts: [part(line, PULL_B, 0, n, model)], baseCost: base + 1.2, pull: true });
    }
  }
  for (let k = 1; k < n; k++) {
    if (sectionAt > 0 && k !== sectionAt) continue;
    // A section number never stands apart from its title.
    if (SECTION_NUMBER.test(line.tokens[k - 1] ?? "")) continue;
    if (spanWidth(line, 0, k) > W + tolerance || spanWidth(line, k, n) > W + tolerance) continue;
    // Splitting a word pair the corpus uses ("criminele uitbuiting") is unlikely.
    const a = pairWords[k - 1] ?? "";
    const b = pairWords[k] ?? "";
    let seenHere = 0;
    for (let j = 1; j < n; j++) if (pairWords[j - 1] === a && pairWords[j] === b) seenHere++;
    const base =
      SPLIT_ADJACENT * clampAdjacency(language.adjacency(a, b, seenHere)) +
      (wideGapAt > 0 && wideGapAt !== k ? 2 : 0) +
      insideCost(line, boundaries, 0, k, model) +
      insideCost(line, boundaries, k, n, model);
    options.push({
      parts: [part(line, LEFT, 0, k, model), part(line, RIGHT, k, n, model)],
      baseCost: base,
      pull: false,
    });
  }
  // Never leave a line without a reading (an over-long line in unexpected input): keep it whole.
  if (options.length === 0) {
    options.push({ parts: [part(line, LEFT, 0, n, model)], baseCost: 20, pull: false });
    options.push({ parts: [part(line, RIGHT, 0, n, model)], baseCost: 20, pull: false });
  }
  return options.map((o) => ({
    ...o,
    baseCost: o.parts.reduce((cost, p) => cost + titleCost(line, p, titles), o.baseCost),
    masks: endingMasks(o.parts),
  }));
}

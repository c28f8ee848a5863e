import type { LineOption, StreamId } from "./lineOptions";

/**
 * What the column search knows after each line: per stream (the two columns and two pull
 * quotes) its state, the width of its last line and what that line ended in, and the pieces
 * of lines placed so far.
 */

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

// Stream states.
export const START = 0; // nothing placed yet on this page
export const CLOSED = 1; // last paragraph ended on the previous grid line
export const GAP = 2; // closed, and at least one empty grid line since
export const OPEN = 3; // last line wrapped: the paragraph continues on the next grid line
export const HEAD = 4; // a wrapped heading: its second line follows
export const AFTER_HEADING = 8; // flag: the stream's last line was (the end of) a heading
export const COLON = 16; // flag: the stream's last line ended in a colon (a list may follow)
export const BULLET = 32; // flag: the stream's last line belongs to a bullet item
export const FULL_STOP = 64; // flag: the stream's last line ended a sentence with . ? or !
export const BY_HAND = 128; // flag: the stream's last line was broken by hand (two trailing spaces)

export interface Hyp {
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

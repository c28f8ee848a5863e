import { z } from "zod";

/** Chapter numbers and titles as printed in the bloemlezing (user corpora may add more). */
export const chapterSchema = z.number().int().min(1);

/**
 * One quote of a corpus. `id` is derived from the normalised text and its section,
 * so re-parsing the same source keeps the references analyses hold.
 */
export const quoteSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  chapter: chapterSchema,
  chapterTitle: z.string().min(1),
  /** Section number such as "2.11"; empty when the quote sits before any numbered section. */
  section: z.string(),
  /** Null when the section number is known but its title was on a page that is not in the source. */
  sectionTitle: z.string().nullable(),
  /** Printed page number; null when the source does not tell. */
  page: z.number().int().positive().nullable(),
  /** Source file the quote was read from (first occurrence when pages repeat). */
  source: z.string().min(1),
  /** The quote is also printed on its page in large type as a pull quote (counted once). */
  pullQuote: z.boolean(),
});

export type Quote = z.infer<typeof quoteSchema>;

/**
 * Two quotes (or parser drafts) the bloemlezing prints as one: the first keeps its place and
 * id, the second's text follows after a space, and the whole is a pull quote if either was.
 */
export function joinedQuote<T extends Pick<Quote, "text" | "pullQuote">>(
  first: T,
  second: Pick<Quote, "text" | "pullQuote">,
): T {
  return {
    ...first,
    text: `${first.text} ${second.text}`,
    pullQuote: first.pullQuote || second.pullQuote,
  };
}

export const CHAPTER_TITLES_SEED: Readonly<Record<number, string>> = {
  1: "Trends en ontwikkelingen",
  2: "Problemen",
  3: "Wat gaat er goed?",
  4: "Ambities",
};

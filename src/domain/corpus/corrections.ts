import { z } from "zod";
import { joinedQuote, type Quote } from "./quote";

/**
 * A person's correction of a parsed quote, stored apart from the corpus and applied on top of
 * it, in the order made. Corrections name quotes by id; ids are a hash of the parsed text and
 * section, so a re-import of the same source finds the same quotes and the corrections apply
 * again. A corrected quote keeps its id (an edit or move does not re-hash it), so analyses
 * keep pointing at it; a split gives the second part a new id derived from the correction.
 */
const base = {
  id: z.string().min(1).max(100),
  corpusId: z.string().min(1).max(200),
  quoteId: z.string().min(1).max(200),
  createdAt: z.number().int().nonnegative(),
  /** The start of the quote as it was, so the list can say which quote was corrected. */
  excerpt: z.string().max(200),
};

export const correctionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...base, kind: z.literal("edit"), text: z.string().trim().min(1).max(20_000) }),
  z.strictObject({
    ...base,
    kind: z.literal("split"),
    /** The text the quote had when it was split, and where: applied only to that text. */
    text: z.string().min(1),
    at: z.number().int().positive(),
  }),
  z.strictObject({ ...base, kind: z.literal("merge"), nextId: z.string().min(1).max(200) }),
  z.strictObject({
    ...base,
    kind: z.literal("move"),
    chapter: z.number().int().min(1),
    chapterTitle: z.string().min(1),
    section: z.string(),
    sectionTitle: z.string().nullable(),
  }),
  z.strictObject({ ...base, kind: z.literal("hide") }),
]);

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = Correction["kind"];

/** Every correction before its application; what the caller supplies to make one. */
export type CorrectionDraft = Correction extends infer C
  ? C extends Correction
    ? Omit<C, "id" | "corpusId" | "createdAt" | "excerpt">
    : never
  : never;

export interface CorrectedCorpus {
  readonly quotes: Quote[];
  /** Ids that no longer exist and the quote that took their place (a merged quote). */
  readonly redirects: ReadonlyMap<string, string>;
  /** Ids of quotes a correction changed, and the last kind of change. */
  readonly touched: ReadonlyMap<string, CorrectionKind>;
  /** Quotes hidden as not being quotes, in reading order. */
  readonly hidden: Quote[];
  /** Corrections whose quote is not in the corpus (any more): kept, listed, not applied. */
  readonly unused: readonly Correction[];
}

/** The id the second part of a split gets: stable as long as the correction exists. */
export function splitPartId(correction: Pick<Correction, "quoteId" | "id">): string {
  return `${correction.quoteId}~${correction.id}`;
}

export const EXCERPT_CHARS = 80;

export function excerptOf(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

/** Where a split at `at` cuts: both parts must keep some text. */
export function canSplitAt(text: string, at: number): boolean {
  return text.slice(0, at).trim() !== "" && text.slice(at).trim() !== "";
}

/** Applies corrections in order to the parsed quotes; the parsed quotes are not changed. */
export function applyUserCorrections(
  parsed: readonly Quote[],
  corrections: readonly Correction[],
): CorrectedCorpus {
  const quotes = [...parsed];
  const redirects = new Map<string, string>();
  const touched = new Map<string, CorrectionKind>();
  const hidden: Quote[] = [];
  const unused: Correction[] = [];
  const indexOf = (id: string) => quotes.findIndex((q) => q.id === id);

  for (const c of corrections) {
    const i = indexOf(c.quoteId);
    const quote = quotes[i];
    if (!quote) {
      unused.push(c);
      continue;
    }
    switch (c.kind) {
      case "edit":
        quotes[i] = { ...quote, text: c.text };
        break;
      case "split": {
        if (quote.text !== c.text || !canSplitAt(c.text, c.at)) {
          unused.push(c);
          continue;
        }
        const second = { ...quote, id: splitPartId(c), text: c.text.slice(c.at).trim() };
        quotes.splice(i, 1, { ...quote, text: c.text.slice(0, c.at).trim() }, second);
        touched.set(second.id, "split");
        break;
      }
      case "merge": {
        const j = indexOf(c.nextId);
        const next = quotes[j];
        if (!next || j === i) {
          unused.push(c);
          continue;
        }
        quotes[i] = joinedQuote(quote, next);
        quotes.splice(j, 1);
        redirects.set(next.id, quote.id);
        for (const [from, to] of redirects) if (to === next.id) redirects.set(from, quote.id);
        touched.delete(next.id);
        break;
      }
      case "move": {
        const moved = {
          ...quote,
          chapter: c.chapter,
          chapterTitle: c.chapterTitle,
          section: c.section,
          sectionTitle: c.sectionTitle,
        };
        quotes.splice(i, 1);
        // After the last quote of the section it joins, so the library lists it there.
        let last = -1;
        quotes.forEach((q, k) => {
          if (q.chapter === c.chapter && q.section === c.section) last = k;
        });
        quotes.splice(last >= 0 ? last + 1 : i, 0, moved);
        break;
      }
      case "hide":
        quotes.splice(i, 1);
        hidden.push(quote);
        break;
    }
    touched.set(c.quoteId, c.kind);
  }
  return { quotes, redirects, touched, hidden, unused };
}

/** The sections a quote can be moved to, in reading order, each once. */
export function sectionsOf(
  quotes: readonly Quote[],
): Pick<Quote, "chapter" | "chapterTitle" | "section" | "sectionTitle">[] {
  const seen = new Set<string>();
  const out: Pick<Quote, "chapter" | "chapterTitle" | "section" | "sectionTitle">[] = [];
  for (const q of quotes) {
    const key = `${q.chapter}|${q.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      chapter: q.chapter,
      chapterTitle: q.chapterTitle,
      section: q.section,
      sectionTitle: q.sectionTitle,
    });
  }
  return out;
}

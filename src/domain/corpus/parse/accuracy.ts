import type { Quote } from "../quote";

/**
 * Scores parsed quotes against hand-checked fixture pages. A fixture quote is "exact" when
 * a parsed quote on the same page has the same text (white space collapsed); "right
 * section" when that quote also has the same section. A quote that is not exact is "near"
 * when its words are all there but cut at another place: it lies inside a longer parsed
 * quote (merged with a neighbour) or a parsed quote lies inside it (split off); otherwise
 * it is "missed" (words of another column mixed in, or lost).
 */

export interface FixtureQuote {
  readonly text: string;
  readonly section: string;
  readonly sectionTitle: string | null;
  readonly pullQuote: boolean;
}

export interface FixturePage {
  readonly source: string;
  readonly page: number;
  readonly chapter: number;
  readonly notes?: string;
  readonly quotes: readonly FixtureQuote[];
}

export type MissKind = "section" | "near" | "missed";

export interface AccuracyMiss {
  readonly page: number;
  readonly expected: string;
  readonly section: string;
  /** "section": found, in another section; "near": same words, other boundary; "missed". */
  readonly kind: MissKind;
}

/** How many expected quotes the parser found, exactly, nearly or not, and which it missed. */
export interface ScoreCounts {
  readonly total: number;
  readonly exact: number;
  /** Exactly matched quotes that are also in the right section. */
  readonly exactAndSection: number;
  readonly near: number;
  readonly missed: number;
  readonly misses: readonly AccuracyMiss[];
}

export interface PageScore extends ScoreCounts {
  readonly page: number;
}

export interface AccuracyScore extends ScoreCounts {
  readonly pages: readonly PageScore[];
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function contains(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

export function scorePage(parsed: readonly Quote[], fixture: FixturePage): PageScore {
  const onPage = parsed.filter((q) => q.page === fixture.page);
  const texts = new Map(onPage.map((q) => [q, collapse(q.text)]));
  // Each parsed quote answers one fixture quote, so a quote printed twice needs two.
  const used = new Set<Quote>();
  let exact = 0;
  let exactAndSection = 0;
  let near = 0;
  const misses: AccuracyMiss[] = [];
  for (const expected of fixture.quotes) {
    const text = collapse(expected.text);
    const miss = (kind: MissKind) =>
      misses.push({ page: fixture.page, expected: text, section: expected.section, kind });
    const candidates = onPage.filter((q) => !used.has(q) && texts.get(q) === text);
    const match = candidates.find((q) => q.section === expected.section) ?? candidates[0];
    if (match) {
      used.add(match);
      exact++;
      if (match.section === expected.section) exactAndSection++;
      else miss("section");
      continue;
    }
    const sameWords = onPage.some((q) => {
      const got = texts.get(q) ?? "";
      return contains(got, text) || contains(text, got);
    });
    if (sameWords) near++;
    miss(sameWords ? "near" : "missed");
  }
  const total = fixture.quotes.length;
  return {
    page: fixture.page,
    total,
    exact,
    exactAndSection,
    near,
    missed: total - exact - near,
    misses,
  };
}

export function scoreAgainstFixture(
  parsed: readonly Quote[],
  fixturePages: readonly FixturePage[],
): AccuracyScore {
  const pages = fixturePages.map((f) => scorePage(parsed, f));
  const sum = (key: "total" | "exact" | "exactAndSection" | "near" | "missed") =>
    pages.reduce((n, p) => n + p[key], 0);
  return {
    total: sum("total"),
    exact: sum("exact"),
    exactAndSection: sum("exactAndSection"),
    near: sum("near"),
    missed: sum("missed"),
    misses: pages.flatMap((p) => p.misses),
    pages,
  };
}

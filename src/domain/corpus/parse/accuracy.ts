import type { Quote } from "../quote";

/**
 * Scores parsed quotes against hand-checked fixture pages. A fixture quote is "exact" when
 * a parsed quote on the same page has the same text (white space collapsed); "right
 * section" when that quote also has the same section.
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

export interface AccuracyMiss {
  readonly page: number;
  readonly expected: string;
  readonly section: string;
  /** "text": no parsed quote with this text; "section": found, in another section. */
  readonly kind: "text" | "section";
}

export interface AccuracyScore {
  readonly total: number;
  readonly exact: number;
  readonly exactAndSection: number;
  readonly misses: readonly AccuracyMiss[];
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function scoreAgainstFixture(
  parsed: readonly Quote[],
  fixturePages: readonly FixturePage[],
): AccuracyScore {
  let total = 0;
  let exact = 0;
  let exactAndSection = 0;
  const misses: AccuracyMiss[] = [];
  for (const fixture of fixturePages) {
    const onPage = parsed.filter((q) => q.page === fixture.page);
    // Each parsed quote answers one fixture quote, so a quote printed twice needs two.
    const used = new Set<Quote>();
    for (const expected of fixture.quotes) {
      total++;
      const text = collapse(expected.text);
      const candidates = onPage.filter((q) => !used.has(q) && collapse(q.text) === text);
      const match = candidates.find((q) => q.section === expected.section) ?? candidates[0];
      if (!match) {
        misses.push({
          page: fixture.page,
          expected: text,
          section: expected.section,
          kind: "text",
        });
        continue;
      }
      used.add(match);
      exact++;
      if (match.section === expected.section) exactAndSection++;
      else
        misses.push({
          page: fixture.page,
          expected: text,
          section: expected.section,
          kind: "section",
        });
    }
  }
  return { total, exact, exactAndSection, misses };
}

import MarkdownIt from "markdown-it";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import type { Analysis } from "../domain/analysis/analysis";
import { exportLabels } from "../i18n/exportLabels";
import { placedQuotesCsv } from "./csv";
import { analysisReport, type ReportWords } from "./markdown";

/** Markup, Markdown syntax, a formula and a line break: what a label must never become. */
const HOSTILE =
  '=HYPERLINK("x")<script>alert(1)</script><img src=x onerror=alert(2)> [klik](javascript:alert(3)) ![i](http://e.test/x.png) **vet** `code` # kop\n- lijst | a | ~~s~~ &amp; <https://e.test> _i_';

/** Every text field an analysis and its quotes carry, each set to the hostile string. */
function hostileAnalysis(): Analysis {
  const card = quoteCard("k", "q1", { clusterId: "c" });
  const loose = quoteCard("k2", "q2");
  const snapshot = {
    ...card.snapshot,
    text: HOSTILE,
    chapterTitle: HOSTILE,
    section: HOSTILE,
    sectionTitle: HOSTILE,
    source: HOSTILE,
  };
  // What a JSON Canvas node brings along (colour, group background) is free text as well.
  const canvas = { color: HOSTILE, background: HOSTILE, backgroundStyle: HOSTILE };
  return {
    ...makeAnalysis(
      [
        { ...cluster("c", "cause"), label: HOSTILE, canvas },
        { ...card, quoteId: HOSTILE, snapshot },
        { ...loose, quoteId: HOSTILE, snapshot },
        { ...factor("p", "problem"), label: HOSTILE, canvas },
        { ...factor("s", "symptom"), label: HOSTILE },
        { kind: "note", id: "n", position: { x: 0, y: 0 }, text: HOSTILE, canvas },
        // A file and a web page from a JSON Canvas: path, subpath and address are text too.
        {
          kind: "note",
          id: "nf",
          position: { x: 0, y: 0 },
          text: HOSTILE,
          reference: { type: "file", file: HOSTILE, subpath: HOSTILE },
        },
        {
          kind: "note",
          id: "nl",
          position: { x: 0, y: 0 },
          text: "",
          reference: { type: "link", url: HOSTILE },
        },
      ],
      [
        { ...link("c", "p"), label: HOSTILE },
        { ...link("p", "s"), label: HOSTILE },
        {
          ...link("n", "p", "relates"),
          label: HOSTILE,
          canvas: { color: HOSTILE, label: HOSTILE },
        },
      ],
    ),
    title: HOSTILE,
    votingRounds: [
      {
        id: "r",
        name: HOSTILE,
        startedAt: 0,
        closedAt: null,
        dotsPerParticipant: 3,
        participants: 2,
        votes: { p: 2, c: 1 },
        ballots: {},
      },
    ],
  };
}

const words: ReportWords = {
  heading: (kind) => kind,
  sectionCount: (n) => `${n}`,
  votes: (n, round) => `${n} in ${round}`,
  subtitle: "verslag",
};

/** Keys whose strings are ids or fixed words of the format, not text a person typed. */
const NOT_TEXT = new Set([
  "id",
  "kind",
  "role",
  "type",
  "source",
  "target",
  "corpusId",
  "clusterId",
]);

/** Every free-text string in a value, with its path. */
function textLeaves(value: unknown, path = "$"): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    NOT_TEXT.has(key) ? [] : textLeaves(inner, `${path}.${key}`),
  );
}

describe("exports given hostile text in every field", () => {
  it("the hostile analysis has the hostile string in every text field it carries", () => {
    const leaves = textLeaves(hostileAnalysis()).filter(([path]) => path !== "$.nodes.7.text");
    expect(leaves.length).toBeGreaterThan(20);
    expect(leaves.filter(([, text]) => text !== HOSTILE)).toEqual([]);
  });

  it("Markdown: a viewer that renders HTML shows the text and runs, loads or links nothing", () => {
    const corpus = [makeQuote({ id: "q9", section: HOSTILE, sectionTitle: HOSTILE })];
    const report = analysisReport(hostileAnalysis(), corpus, exportLabels("nl"), words);
    const html = new MarkdownIt({ html: true, linkify: true }).render(report);
    const page = new DOMParser().parseFromString(html, "text/html");
    expect(page.querySelectorAll("script, img, iframe, code, s, em strong")).toHaveLength(0);
    // A bare web address may become a link in viewers that autolink; never a disguised one.
    for (const anchor of page.querySelectorAll("a")) {
      expect(anchor.getAttribute("href")).toMatch(/^https?:/);
      expect(anchor.textContent).toBe(anchor.getAttribute("href"));
    }
    expect(page.querySelectorAll("h1")).toHaveLength(1);
    for (const element of page.querySelectorAll("*"))
      expect([...element.attributes].map((a) => a.name)).not.toContain("onerror");
    // The text itself arrives, whitespace folded to spaces.
    const flat = HOSTILE.replace(/\s+/g, " ");
    expect(page.querySelector("h1")?.textContent).toBe(flat);
    const text = page.body.textContent ?? "";
    expect(text.split(flat).length - 1).toBeGreaterThanOrEqual(6);
    // The file and web-page notes of a JSON Canvas: path, subpath and address (the file note's
    // text is its path again, so it is said once).
    expect(text).toContain(`Bestand: ${flat}${flat}`);
    expect(text).toContain(`Webpagina: ${flat}`);
  });

  it("CSV: every cell reads back as the text, none starts as a formula", () => {
    const csv = placedQuotesCsv(
      hostileAnalysis(),
      ["id", HOSTILE, "h", "ht", "t", "tt", "p", "bron", "cluster", "rol"],
      exportLabels("nl"),
    );
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toHaveLength(10);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const [, card, loose] = rows;
    expect(card?.[0]).toBe(`'${HOSTILE}`);
    expect(card?.[1]).toBe(`'${HOSTILE}`);
    expect(card?.[8]).toBe(`'${HOSTILE}`);
    expect(loose?.slice(3, 6)).toEqual([`'${HOSTILE}`, `'${HOSTILE}`, `'${HOSTILE}`]);
  });
});

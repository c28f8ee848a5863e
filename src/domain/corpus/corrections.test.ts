import { describe, expect, it } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { applyUserCorrections, type Correction, sectionsOf, splitPartId } from "./corrections";

const a = makeQuote({
  id: "a",
  text: "Eerste citaat. Tweede zin die eigenlijk apart is.",
  section: "2.1",
});
const b = makeQuote({ id: "b", text: "Derde citaat zonder", section: "2.1" });
const c = makeQuote({ id: "c", text: "einde dat hier verder gaat.", section: "2.1" });
const d = makeQuote({ id: "d", text: "Inhoudsopgave 12", section: "2.2", sectionTitle: "Ander" });
const parsed = [a, b, c, d];

let n = 0;
function correction<K extends Correction["kind"]>(
  kind: K,
  quoteId: string,
  extra: Omit<
    Extract<Correction, { kind: K }>,
    "kind" | "id" | "corpusId" | "quoteId" | "createdAt" | "excerpt"
  >,
): Correction {
  return {
    kind,
    id: `c${++n}`,
    corpusId: "k",
    quoteId,
    createdAt: n,
    excerpt: "",
    ...extra,
  } as Correction;
}

describe("applyUserCorrections", () => {
  it("edits text while the quote keeps its id", () => {
    const out = applyUserCorrections(parsed, [correction("edit", "a", { text: "Verbeterd." })]);
    expect(out.quotes.map((q) => [q.id, q.text])[0]).toEqual(["a", "Verbeterd."]);
    expect(out.touched.get("a")).toBe("edit");
    expect(parsed[0]?.text).toBe(a.text);
  });

  it("splits at the cursor: the first part keeps the id, the second gets one from the correction", () => {
    const split = correction("split", "a", { text: a.text, at: a.text.indexOf("Tweede") });
    const out = applyUserCorrections(parsed, [split]);
    expect(out.quotes.map((q) => [q.id, q.text]).slice(0, 2)).toEqual([
      ["a", "Eerste citaat."],
      [splitPartId(split), "Tweede zin die eigenlijk apart is."],
    ]);
    expect(out.quotes[1]?.section).toBe("2.1");
  });

  it("merges a quote with the next and redirects the next one's id", () => {
    const out = applyUserCorrections(parsed, [correction("merge", "b", { nextId: "c" })]);
    expect(out.quotes.map((q) => q.id)).toEqual(["a", "b", "d"]);
    expect(out.quotes[1]?.text).toBe("Derde citaat zonder einde dat hier verder gaat.");
    expect(out.redirects.get("c")).toBe("b");
  });

  it("moves a quote to the end of another section", () => {
    const target = sectionsOf(parsed).find((s) => s.section === "2.2");
    if (!target) throw new Error("no section");
    const out = applyUserCorrections(parsed, [correction("move", "a", target)]);
    expect(out.quotes.map((q) => q.id)).toEqual(["b", "c", "d", "a"]);
    expect(out.quotes[3]).toMatchObject({ section: "2.2", sectionTitle: "Ander" });
  });

  it("hides a non-quote and lists it", () => {
    const out = applyUserCorrections(parsed, [correction("hide", "d", {})]);
    expect(out.quotes.map((q) => q.id)).toEqual(["a", "b", "c"]);
    expect(out.hidden.map((q) => q.id)).toEqual(["d"]);
  });

  it("applies corrections in order, including one on the second part of a split", () => {
    const split = correction("split", "a", { text: a.text, at: a.text.indexOf("Tweede") });
    const edit = correction("edit", splitPartId(split), { text: "Tweede zin, verbeterd." });
    const out = applyUserCorrections(parsed, [split, edit]);
    expect(out.quotes[1]?.text).toBe("Tweede zin, verbeterd.");
  });

  it("keeps a correction whose quote is gone (another source) as unused, without touching others", () => {
    const stale = correction("edit", "weg", { text: "x" });
    const staleSplit = correction("split", "a", { text: "Andere tekst dan nu.", at: 5 });
    const out = applyUserCorrections(parsed, [stale, staleSplit]);
    expect(out.unused).toEqual([stale, staleSplit]);
    expect(out.quotes).toEqual(parsed);
  });

  it("applies again to a re-import of the same source (same ids, new objects)", () => {
    const reparsed = parsed.map((q) => ({ ...q }));
    const list = [correction("merge", "b", { nextId: "c" }), correction("hide", "d", {})];
    expect(applyUserCorrections(reparsed, list).quotes).toEqual(
      applyUserCorrections(parsed, list).quotes,
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proposeClusters } from "./proposals";
import { lexicalSource } from "./similarity";

// Two themes no one would mix up: reporting a crime, and education about it at school.
const REPORTING = [
  "Slachtoffers durven geen aangifte te doen bij de politie.",
  "Aangifte doen bij de politie is voor slachtoffers een grote stap.",
  "De politie neemt de aangifte van slachtoffers niet altijd serieus.",
  "Veel slachtoffers trekken hun aangifte later weer in.",
  "Na een aangifte hoort het slachtoffer lang niets van de politie.",
  "Angst voor de daders houdt slachtoffers weg van een aangifte.",
];
const SCHOOLS = [
  "Op scholen krijgen leerlingen te weinig voorlichting over loverboys.",
  "Leraren op school herkennen de signalen bij leerlingen niet.",
  "Voorlichting op scholen moet eerder beginnen, al op de basisschool.",
  "Scholen hebben geen tijd voor lessen over weerbaarheid van leerlingen.",
  "Leerlingen vertellen het eerder aan een leraar dan aan hun ouders.",
  "Een gastles op school door een ervaringsdeskundige maakt indruk op leerlingen.",
];
const TEXTS = [...REPORTING, ...SCHOOLS];
const ALL = TEXTS.map((_, i) => i);
const index = lexicalSource().index(TEXTS);

describe("proposing clusters", () => {
  it("splits two obvious themes into two clusters", () => {
    const { proposals, unassigned } = proposeClusters(index, TEXTS, ALL, 2);
    expect(unassigned).toEqual([]);
    expect(proposals.map((p) => p.members)).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });

  it("labels each cluster with its characteristic words and names the shared ones", () => {
    const { proposals } = proposeClusters(index, TEXTS, ALL, 2);
    const [reporting, schools] = proposals;
    expect(reporting?.words).toContain("aangifte");
    expect(reporting?.sharedWords.slice(0, 2).sort()).toEqual(["aangifte", "slachtoffers"]);
    expect(schools?.words).toContain("leerlingen");
    expect(schools?.sharedWords[0]).toBe("leerlingen");
  });

  it("keeps a quote that fits nowhere out of the proposals, which still number k", () => {
    const texts = [...TEXTS, "Het weer in december was uitzonderlijk zacht."];
    const { proposals, unassigned } = proposeClusters(
      lexicalSource().index(texts),
      texts,
      texts.map((_, i) => i),
      2,
    );
    expect(unassigned).toEqual([12]);
    expect(proposals.map((p) => p.members)).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });

  it("clusters only the members asked for", () => {
    const { proposals } = proposeClusters(index, TEXTS, [0, 1, 2, 6, 7, 8], 2);
    expect(proposals.map((p) => p.members)).toEqual([
      [0, 1, 2],
      [6, 7, 8],
    ]);
  });

  it("gives the same proposals for the same members in any order (determinism)", () => {
    const first = proposeClusters(index, TEXTS, ALL, 4);
    fc.assert(
      fc.property(fc.shuffledSubarray(ALL, { minLength: 12, maxLength: 12 }), (order) => {
        expect(proposeClusters(index, TEXTS, order, 4)).toEqual(first);
        expect(proposeClusters(lexicalSource().index(TEXTS), TEXTS, order, 4)).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });
});

describe("similar quotes", () => {
  it("ranks quotes of the same theme first", () => {
    for (const i of ALL) {
      const neighbours = index.nearest(i, 3);
      expect(neighbours.map((n) => n.index < 6)).toEqual([i < 6, i < 6, i < 6]);
      expect(neighbours.map((n) => n.index)).not.toContain(i);
    }
  });

  it("scores pairs the same way in neighbour lists, pair lists and one by one", () => {
    const pairs = index.pairwise(ALL);
    let slot = 0;
    for (let a = 0; a < ALL.length; a++)
      for (let b = a + 1; b < ALL.length; b++) {
        expect(pairs[slot++]).toBeCloseTo(index.similarity(a, b), 5);
      }
    const [best] = index.nearest(0, 1);
    expect(best?.score).toBeCloseTo(index.similarity(0, best?.index ?? -1), 10);
  });
});

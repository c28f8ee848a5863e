import { describe, expect, it } from "vitest";
import { latentCoordinates, symmetricEigen } from "./latent";
import { blendedSource, lexicalSource } from "./similarity";
import { buildTermSpace, TFIDF } from "./vectors";

describe("latent directions learned from the corpus", () => {
  it("finds the eigenvalues and vectors of a small symmetric matrix, largest first", () => {
    // [[2, 1], [1, 2]]: eigenvalues 3 (along (1, 1)) and 1 (along (1, −1)).
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 10);
    expect(values[1]).toBeCloseTo(1, 10);
    const first = vectors[0] as Float64Array;
    expect(Math.abs(first[0] as number)).toBeCloseTo(Math.SQRT1_2, 10);
    expect(first[0]).toBeCloseTo(first[1] as number, 10);
  });

  // "aangifte" and "politie" keep the same company; the last two texts share no word.
  const TEXTS = [
    "aangifte politie bureau",
    "aangifte politie melding",
    "aangifte politie verhoor",
    "school leerlingen les",
    "school leerlingen leraar",
    "school leerlingen klas",
    "aangifte bureau",
    "politie melding",
  ];

  it("makes two texts alike that share no word but whose words keep the same company", () => {
    const lexical = lexicalSource().index(TEXTS);
    const blended = blendedSource(2).index(TEXTS);
    expect(lexical.similarity(6, 7)).toBe(0);
    expect(blended.similarity(6, 7)).toBeGreaterThan(blended.similarity(6, 3));
    expect(blended.nearest(7, 1, new Set([3, 4, 5, 6])).map((n) => n.index)).toEqual([6]);
  });

  it("gives the same coordinates for the same texts", () => {
    const space = buildTermSpace(TEXTS, { ...TFIDF, bigrams: false });
    const first = latentCoordinates(space.vectors, space.vocabulary.length, 3);
    const again = latentCoordinates(space.vectors, space.vocabulary.length, 3);
    expect(first.dimensions).toBe(3);
    expect(Array.from(again.coordinates)).toEqual(Array.from(first.coordinates));
  });

  it("keeps as many dimensions as the corpus has, and none for an empty one", () => {
    // Three texts share two words ("aangifte", "politie"): two directions at most.
    const space = buildTermSpace(TEXTS.slice(0, 3), { ...TFIDF, bigrams: false });
    expect(latentCoordinates(space.vectors, space.vocabulary.length, 100).dimensions).toBe(2);
    expect(latentCoordinates([], 0, 100).dimensions).toBe(0);
  });
});

describe("the blended index", () => {
  const WORDS = ["aangifte", "politie", "school", "leerling", "opvang", "zorg", "angst", "dader"];
  const texts = Array.from({ length: 40 }, (_, i) =>
    [0, 1, 2].map((j) => WORDS[(i * (j + 3) + j * 5) % WORDS.length]).join(" "),
  );
  const index = blendedSource(4).index(texts);

  it("lists the nearest texts as its own pairwise similarities rank them, ties to the lower index", () => {
    for (const i of [0, 7, 19]) {
      const expected = texts
        .map((_, j) => ({ index: j, score: index.similarity(i, j) }))
        .filter((n) => n.index !== i && n.score > 1e-9)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 6)
        .map((n) => n.index);
      expect(index.nearest(i, 6).map((n) => n.index)).toEqual(expected);
    }
  });

  it("gives the same similarities pair by pair and all at once", () => {
    const members = [3, 8, 11, 30];
    const all = index.pairwise(members);
    expect(all[0]).toBeCloseTo(index.similarity(3, 8), 5);
    expect(all[5]).toBeCloseTo(index.similarity(11, 30), 5);
  });
});

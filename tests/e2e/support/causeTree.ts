import { expect, type Page } from "@playwright/test";
import { openApp } from "./app";

const snapshot = (text: string, section: string, page: number) => ({
  text,
  chapter: 2,
  chapterTitle: "Problemen",
  section,
  sectionTitle: "Signalering",
  page,
  source: "002.txt",
});
const quote = (
  id: string,
  text: string,
  section: string,
  page: number,
  clusterId: string | null,
) => ({
  kind: "quote",
  id,
  position: clusterId ? { x: 16, y: 56 } : { x: 900, y: 700 },
  clusterId,
  quoteId: `q-${id}`,
  corpusId: "seed-samen-tegen-mensenhandel",
  snapshot: snapshot(text, section, page),
});
const factor = (id: string, label: string, role: string, x: number, y: number) => ({
  kind: "factor",
  id,
  position: { x, y },
  label,
  role,
});
const causes = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: "causes",
  label: "",
});

/**
 * A small cause tree as a version 3 file (before goal trees): the problem, three causes with
 * quotes (kennis → signalen → kern, capaciteit → kern), two effects.
 */
export const causeTreeFile = {
  format: "ontrafel-analysis",
  schemaVersion: 3,
  appVersion: "0.1.0",
  analysis: {
    schemaVersion: 3,
    id: "goal-tree-start",
    title: "Mensenhandel doelen",
    createdAt: 1_767_225_600_000,
    updatedAt: 1_767_225_600_000,
    corpusId: "seed-samen-tegen-mensenhandel",
    nodes: [
      factor("kern", "Slachtoffers worden laat herkend", "problem", 400, 300),
      {
        kind: "cluster",
        id: "signalen",
        position: { x: 100, y: 600 },
        label: "Signalen worden niet gedeeld",
        role: "cause",
        collapsed: false,
      },
      quote("qa", "Niemand weet bij wie je een vermoeden meldt.", "2.11", 41, "signalen"),
      factor("kennis", "Te weinig kennis bij professionals", "cause", 100, 950),
      quote("qb", "Huisartsen herkennen de signalen niet.", "2.3", 17, null),
      factor("capaciteit", "Te weinig capaciteit bij de politie", "cause", 700, 600),
      quote("qc", "De recherche heeft geen mensen voor dit werk.", "2.7", 29, null),
      factor("schade", "Langdurige schade bij slachtoffers", "symptom", 200, 0),
      factor("daders", "Daders gaan door", "symptom", 600, 0),
    ],
    edges: [
      causes("kennis", "signalen"),
      causes("signalen", "kern"),
      causes("capaciteit", "kern"),
      causes("kern", "schade"),
      causes("kern", "daders"),
      causes("qb", "kennis"),
      causes("qc", "capaciteit"),
    ],
    viewport: { x: 0, y: 0, zoom: 0.6 },
    votingRounds: [],
  },
};

/**
 * A larger cause tree with long labels, as an analyst writes them: the problem, three causes
 * with two causes each below them, four effects. For the goal diagram's geometry.
 */
export function largerCauseTree() {
  const long = (text: string) => `${text} door gebrek aan afstemming tussen de betrokken partijen`;
  const roots = ["Kennis", "Capaciteit", "Samenwerking"];
  const nodes = [
    factor(
      "kern",
      "Slachtoffers van mensenhandel worden laat of helemaal niet herkend",
      "problem",
      400,
      300,
    ),
    ...roots.flatMap((name, i) => [
      factor(`c${i}`, long(`${name} schiet tekort`), "cause", 300 * i, 600),
      factor(`c${i}a`, long(`${name}: te weinig middelen`), "cause", 300 * i, 900),
      factor(`c${i}b`, long(`${name}: geen vaste werkwijze`), "cause", 300 * i + 150, 900),
    ]),
    ...["Langdurige schade", "Daders gaan door", "Wantrouwen", "Hoge kosten"].map((name, i) =>
      factor(`e${i}`, long(name), "symptom", 300 * i, 0),
    ),
  ];
  const edges = [
    ...roots.flatMap((_, i) => [
      causes(`c${i}`, "kern"),
      causes(`c${i}a`, `c${i}`),
      causes(`c${i}b`, `c${i}`),
    ]),
    ...[0, 1, 2, 3].map((i) => causes("kern", `e${i}`)),
  ];
  const analysis = {
    ...causeTreeFile.analysis,
    id: "goal-tree-larger",
    title: "Mensenhandel groot",
    nodes,
    edges,
  };
  return { ...causeTreeFile, analysis };
}

/** Imports a cause tree file through the overview and waits until its cards are drawn. */
export async function importCauseTree(
  page: Page,
  file: { analysis: { nodes: readonly unknown[] } } = causeTreeFile,
) {
  await openApp(page);
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
  await page.getByTestId("import-file").setInputFiles({
    name: "oorzaken.ontrafel.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(
    page.getByRole("alert").filter({ hasText: "is geïmporteerd als nieuwe analyse" }),
  ).toBeVisible();
  await expect(page.locator(".react-flow__node")).toHaveCount(file.analysis.nodes.length);
}

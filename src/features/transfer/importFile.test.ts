import { beforeEach, describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { databasePerTest } from "../../../tests/helpers/databasePerTest";
import { fixtureFile, fixtureNames } from "../../../tests/helpers/importFixtures";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { Quote } from "../../domain/corpus/quote";
import { type Translate, translate } from "../../i18n/messages";
import { listAnalyses, loadAnalysis, saveAnalysis } from "../../persistence/analysisRepo";
import { type ImportTarget, importFileAsNew } from "./importFile";

const SEED = "seed-bloemlezing";
const zwerf: Quote = makeQuote({
  id: "q_0pud3hydc0s",
  text: "Toenemende groep zwerfjongeren en dakloosheid.",
});
const online: Quote = makeQuote({
  id: "q_044iaic8850",
  text: "Verschuiving naar onlineactiviteiten van mensenhandel.",
});

const db = databasePerTest("import");
let ids = 0;
const existing = {
  ...makeAnalysis([factor("f", "problem", "Bestaand")]),
  id: "bestaand",
  corpusId: SEED,
};

beforeEach(async () => {
  await db().corpora.put({
    id: SEED,
    name: "Bloemlezing",
    kind: "seed",
    contentHash: "h",
    parserVersion: 1,
    quoteCount: 2,
    importedAt: 0,
  });
  await saveAnalysis(db(), existing);
});

function target(): ImportTarget {
  return {
    db: db(),
    corpusId: SEED,
    quotes: [zwerf, online],
    language: "nl",
    newId: () => `nieuw-${++ids}`,
    now: () => 1_800_000_000_000,
    titleSuffix: " (geïmporteerd)",
  };
}

const t: Translate = (key, params) => translate("nl", key, params);

/** The outcome's message as shown in Dutch. */
async function importMessage(name: string): Promise<string> {
  return (await importFileAsNew(fixtureFile(name), target())).message(t);
}

const BAD = fixtureNames().filter(
  (name) => !/^(v1-|dangling|script-in|hand-written|sample-shape)/.test(name),
);

describe("importing a file as a new analysis", () => {
  it.each(BAD)("%s: a clear Dutch message naming the file; stored data unchanged", async (name) => {
    const before = await listAnalyses(db());
    const outcome = await importFileAsNew(fixtureFile(name), target());
    expect(outcome.ok).toBe(false);
    expect(outcome.message(t)).toMatch(
      new RegExp(
        `^‘${name.replace(/\./g, "\\.")}’ kan niet worden geïmporteerd: .+ Er is niets opgeslagen\\.$`,
      ),
    );
    expect(await listAnalyses(db())).toEqual(before);
  });

  it("names line and column of a JSON syntax error, and the JSON path of a wrong value", async () => {
    expect(await importMessage("malformed.json")).toContain("ongeldige JSON op regel 5, kolom 15");
    expect(await importMessage("wrong-types.ontrafel.json")).toContain(
      "bij $.analysis.nodes[0].position.x klopt de waarde niet",
    );
    expect(await importMessage("future-version.ontrafel.json")).toContain(
      "nieuwere Ontrafel (schemaversie 99",
    );
  });

  it("stores an old-version file as a new analysis, leaving the existing one as it was", async () => {
    const outcome = await importFileAsNew(fixtureFile("v1-analysis.ontrafel.json"), target());
    if (!outcome.ok) throw new Error(outcome.message(t));
    expect(outcome.analysis.id).toBe(`nieuw-${ids}`);
    // The copy says it was imported, so it is told apart from the original in the overview.
    expect(outcome.analysis.title).toMatch(/ \(geïmporteerd\)$/);
    const stored = await loadAnalysis(db(), outcome.analysis.id);
    expect(stored?.ok && stored.value).toEqual(outcome.analysis);
    expect(await loadAnalysis(db(), "bestaand")).toEqual({ ok: true, value: existing });
    expect((await listAnalyses(db())).map((r) => r.id).sort()).toEqual(
      ["bestaand", outcome.analysis.id].sort(),
    );
  });

  it("marks quotes the local corpus lacks, keeping their snapshot, and says how many", async () => {
    const outcome = await importFileAsNew(fixtureFile("v1-analysis.ontrafel.json"), target());
    if (!outcome.ok) throw new Error(outcome.message(t));
    // k3 came from a corpus that is not here: it now points at the local one, which lacks it.
    const card = outcome.analysis.nodes.find((node) => node.id === "k3");
    expect(card).toMatchObject({
      kind: "quote",
      corpusId: SEED,
      snapshot: { text: "Een citaat uit een bloemlezing die hier niet staat." },
    });
    expect(outcome.message(t)).toContain("1 citaat staat niet in de bloemlezing hier");
  });

  it("reports what it repaired", async () => {
    const outcome = await importFileAsNew(
      fixtureFile("dangling-references.ontrafel.json"),
      target(),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.message(t)).toContain(
      "Hersteld: 1 kaart uit een ontbrekend cluster gehaald; 1 verbinding naar ontbrekende elementen weggelaten.",
    );
  });

  it("imports the same file twice as two analyses", async () => {
    const first = await importFileAsNew(fixtureFile("hand-written.canvas"), target());
    const second = await importFileAsNew(fixtureFile("hand-written.canvas"), target());
    expect(first.ok && second.ok && first.analysis.id !== second.analysis.id).toBe(true);
    expect(await listAnalyses(db())).toHaveLength(3);
  });
});

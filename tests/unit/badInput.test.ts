import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { formatOf, readSource } from "../../src/domain/corpus/import";
import { startCorpora } from "../../src/features/corpora/corporaService";
import { importFileAsNew } from "../../src/features/transfer/importFile";
import { importErrorMessage } from "../../src/i18n/importError";
import { type Language, translate } from "../../src/i18n/messages";
import { saveAnalysis } from "../../src/persistence/analysisRepo";
import { loadOrImportCorpus } from "../../src/persistence/corpusRepo";
import { createAppStore } from "../../src/state/createAppStore";
import { factor, makeAnalysis } from "../helpers/analysisFactory";
import { databasePerTest } from "../helpers/databasePerTest";
import {
  fixtureFile,
  fixtureNames,
  GOOD_ANALYSIS_FIXTURES,
  IMPORT_FIXTURES,
} from "../helpers/importFixtures";
import { makeQuote } from "../helpers/quoteFactory";

/*
 * The bad-input matrix: every file of tests/fixtures/import through both ways in, the analysis
 * import (Importeren) and the corpus import (Corpora → Importeren), in Dutch and in English.
 * A refused file leaves every stored byte as it was and is explained in the person's language,
 * with no parser's or schema library's English and no empty place; no file pollutes a
 * prototype or runs a script.
 */

/** Files that are good analyses (they open as a new one); every other one is refused there. */
const GOOD_ANALYSES = new Set(GOOD_ANALYSIS_FIXTURES);
/** Files that are good corpora (the preview shows their quotes); every other one is refused. */
const GOOD_CORPORA = new Set([
  "hostile-text.corpus.json",
  "utf8-bom.corpus.json",
  "utf16le-bom.corpus.json",
]);

/**
 * What JSON.parse, zod or the platform say, in English, and what such text looks like in a
 * Dutch sentence; checked with the file's own name taken out (it may hold any word).
 */
const LIBRARY_TEXT =
  /Invalid input|received|Unexpected token|Unexpected end|Unrecognized key|at position|\bundefined\b|\bnull\b|\bNaN\b|\[object|\w+Error\b/;
const ENGLISH_IN_DUTCH = /\b(Invalid|expected|not valid|found|binary|line|column|the|is not|at)\b/;
const EMPTY_PLACE =
  /\(\s*\)|\(\s*[,;:]|[,;:]\s*\)|\bbij\s+(klopt|[.,;)])|\bat\s+(is|[.,;)])|\{\w+\}/;
/** Words only the Dutch catalogue uses, which an English message must not contain. */
const DUTCH = /\b(niet|niets|opgeslagen|bestand|regel|kolom|bij|geen|het|een|gevonden)\b/;

const MESSAGE_START: Record<Language, { analysis: RegExp; corpus: RegExp }> = {
  nl: { analysis: /^‘…’ kan niet worden geïmporteerd: .+/, corpus: /‘…’/ },
  en: { analysis: /^‘…’ cannot be imported: .+/, corpus: /‘…’/ },
};

function expectReadable(
  raw: string,
  name: string,
  language: Language,
  path: "analysis" | "corpus",
) {
  const message = raw.replaceAll(`‘${name}’`, "‘…’");
  expect(message).toMatch(MESSAGE_START[language][path]);
  expect(message).not.toMatch(LIBRARY_TEXT);
  expect(message).not.toMatch(EMPTY_PLACE);
  expect(message).not.toMatch(language === "nl" ? ENGLISH_IN_DUTCH : DUTCH);
}

const seedQuote = makeQuote({ id: "q_0pud3hydc0s", text: "Toenemende groep zwerfjongeren." });

const db = databasePerTest("bad-input");
let ids = 0;

beforeEach(async () => {
  await loadOrImportCorpus(db(), {
    id: "seed-bloemlezing",
    name: "Bloemlezing",
    kind: "seed",
    contentHash: "h",
    parserVersion: 1,
    parse: () => [seedQuote],
  });
  await saveAnalysis(db(), {
    ...makeAnalysis([factor("f", "problem", "Bestaand")]),
    id: "bestaand",
    corpusId: "seed-bloemlezing",
  });
});

/** Every table of the database, rows in key order, as one string: "byte-identical" compares it. */
async function dump(): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of [...db().tables].sort((a, b) => a.name.localeCompare(b.name))) {
    tables[table.name] = {
      keys: await table.toCollection().primaryKeys(),
      rows: await table.toArray(),
    };
  }
  return JSON.stringify(tables);
}

/** What a script in a file would leave behind if it ran anywhere. */
function ranScript(): boolean {
  return (globalThis as { __pwned?: unknown }).__pwned !== undefined;
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
function prototypesUntouched() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}
afterAll(prototypesUntouched);

/** The analysis import as Importeren runs it, into the test database. */
function analysisImport(name: string, language: Language) {
  return importFileAsNew(fixtureFile(name), {
    db: db(),
    corpusId: "seed-bloemlezing",
    quotes: [seedQuote],
    language,
    newId: () => `nieuw-${++ids}`,
    now: () => 1_800_000_000_000,
    titleSuffix: translate(language, "transfer.importedSuffix"),
  });
}

/** The corpus import as the panel runs it: read the file; on a refusal, the message shown. */
function corpusImport(name: string, language: Language) {
  const bytes = new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));
  const format = formatOf(name, bytes.subarray(0, 4)) ?? "text";
  const result = readSource(name, bytes);
  return {
    result,
    message: result.ok
      ? null
      : importErrorMessage((key, params) => translate(language, key, params), result.error, {
          name,
          size: bytes.length,
          format,
        }),
  };
}

const FILES = fixtureNames().sort();
const LANGUAGES: Language[] = ["nl", "en"];

describe.each(LANGUAGES)("every import fixture, %s", (language) => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);

  it.each(FILES)("%s as an analysis", async (name) => {
    const before = await dump();
    const outcome = await analysisImport(name, language);
    const message = outcome.message(t);
    if (GOOD_ANALYSES.has(name)) {
      expect(outcome).toMatchObject({ ok: true });
      expect(await db().analyses.count()).toBe(2);
    } else {
      expect(outcome.ok).toBe(false);
      expect(await dump()).toBe(before);
      expectReadable(message, name, language, "analysis");
    }
    expect(ranScript()).toBe(false);
    prototypesUntouched();
  });

  it.each(FILES)("%s as a corpus", async (name) => {
    const before = await dump();
    const { result, message } = corpusImport(name, language);
    if (GOOD_CORPORA.has(name)) {
      expect(result.ok && result.value.kind).toBe("parsed");
      const parsed = result.ok && result.value.kind === "parsed" ? result.value.corpus : null;
      expect(parsed?.quotes.length).toBeGreaterThan(0);
    } else {
      expect(result.ok).toBe(false);
      // Nothing is stored before Opslaan: the database is as it was.
      expect(await dump()).toBe(before);
      expectReadable(message ?? "", name, language, "corpus");
    }
    expect(ranScript()).toBe(false);
    prototypesUntouched();
  });
});

describe("a file given to the other import says where it belongs", () => {
  const analysisFiles = GOOD_ANALYSIS_FIXTURES.filter((name) => name.endsWith(".ontrafel.json"));
  const corpusFiles = [...GOOD_CORPORA, "future-version.corpus.json"];

  it("has analysis and corpus files to try", () => {
    expect(analysisFiles.length).toBeGreaterThanOrEqual(4);
    expect(corpusFiles).toHaveLength(4);
  });

  it.each(analysisFiles)("%s through the corpus import", async (name) => {
    const before = await dump();
    expect(corpusImport(name, "nl").message).toBe(
      `‘${name}’ is een analysebestand, geen corpus. Open het via Importeren… bij Analyses. Er is niets opgeslagen.`,
    );
    expect(corpusImport(name, "en").message).toBe(
      `‘${name}’ is an analysis file, not a corpus. Open it with Import… under Analyses. Nothing was saved.`,
    );
    expect(await dump()).toBe(before);
  });

  it.each(["hand-written.canvas", "sample-shape.canvas", "wrong-types.canvas"])(
    "%s through the corpus import",
    async (name) => {
      const before = await dump();
      expect(corpusImport(name, "nl").message).toBe(
        `‘${name}’ is een JSON Canvas, geen corpus. Open het als analyse via Importeren… bij Analyses. Er is niets opgeslagen.`,
      );
      expect(corpusImport(name, "en").message).toBe(
        `‘${name}’ is a JSON Canvas, not a corpus. Open it as an analysis with Import… under Analyses. Nothing was saved.`,
      );
      expect(await dump()).toBe(before);
    },
  );

  it.each(corpusFiles)("%s through the analysis import", async (name) => {
    const before = await dump();
    const messages: string[] = [];
    for (const language of LANGUAGES) {
      const outcome = await analysisImport(name, language);
      expect(outcome.ok).toBe(false);
      messages.push(outcome.message((key, params) => translate(language, key, params)));
    }
    expect(messages).toEqual([
      `‘${name}’ kan niet worden geïmporteerd: het is een corpus (citaten), geen analyse. Voeg het toe via Corpora › Corpus importeren. Er is niets opgeslagen.`,
      `‘${name}’ cannot be imported: it is a corpus (quotes), not an analysis. Add it with Corpora › Import a corpus. Nothing was stored.`,
    ]);
    expect(await dump()).toBe(before);
  });
});

describe("a hostile corpus stored and shown", () => {
  it("keeps script and HTML as the text of its quotes and runs nothing", async () => {
    const { result } = corpusImport("hostile-text.corpus.json", "nl");
    const parsed = result.ok && result.value.kind === "parsed" ? result.value.corpus : null;
    if (!parsed) throw new Error("the hostile corpus should be read");
    const store = createAppStore();
    store.getState().openAnalysis({ ...makeAnalysis(), corpusId: "seed-bloemlezing" });
    const service = startCorpora(store, db(), null);
    await service.settled();
    const record = await service.store(parsed, parsed.name);
    expect(record.name).toBe('<img src=x onerror="window.__pwned=true">');
    expect(store.getState().quotes.map((q) => q.text)).toEqual([
      '<script>window.__pwned = true</script> en <img src=x onerror="window.__pwned=true"> blijven tekst.',
    ]);
    expect(ranScript()).toBe(false);
  });
});

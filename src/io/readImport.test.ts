import { describe, expect, it } from "vitest";
import {
  fileOf,
  fixtureFile,
  fixtureNames,
  GOOD_ANALYSIS_FIXTURES,
} from "../../tests/helpers/importFixtures";
import { makeQuote } from "../../tests/helpers/quoteFactory";
import { ANALYSIS_SCHEMA_VERSION } from "../domain/analysis/analysis";
import type { Quote } from "../domain/corpus/quote";
import { type ImportContext, readImportFile } from "./readImport";

const zwerf: Quote = makeQuote({
  id: "q_0pud3hydc0s",
  text: "Toenemende groep zwerfjongeren en dakloosheid.",
  chapter: 1,
  section: "1.2",
});
const context: ImportContext = {
  corpusId: "seed-bloemlezing",
  quotes: [zwerf],
  now: 1_800_000_000_000,
};

async function read(name: string) {
  return readImportFile(fixtureFile(name), context);
}

describe("the catalogue of bad files", () => {
  const cases: [string, object][] = [
    ["empty.json", { kind: "empty" }],
    ["malformed.json", { kind: "syntax", line: 5, column: 15 }],
    ["wrong-format.json", { kind: "wrongFormat", found: "excalidraw" }],
    ["not-ours.json", { kind: "wrongFormat", found: null }],
    ["future-version.ontrafel.json", { kind: "tooNew", version: 99 }],
    ["wrong-types.ontrafel.json", { kind: "invalid", path: "$.analysis.nodes[0].position.x" }],
    ["missing-fields.ontrafel.json", { kind: "invalid", path: "$.analysis.title" }],
    ["deep-nesting.ontrafel.json", { kind: "tooDeep", limit: 32 }],
    [
      "prototype-pollution.ontrafel.json",
      { kind: "forbiddenKey", key: "__proto__", path: "$.analysis.nodes[0]" },
    ],
    [
      "constructor-key.ontrafel.json",
      { kind: "forbiddenKey", key: "constructor", path: "$.analysis.nodes[0]" },
    ],
    ["binary-junk.json", { kind: "binary" }],
    ["png-without-analysis.png", { kind: "pngWithoutAnalysis" }],
    ["damaged.png", { kind: "pngDamaged" }],
    ["wrong-types.canvas", { kind: "invalid", path: "$.nodes[0].x" }],
    ["array-root.json", { kind: "wrongFormat", found: null }],
    ["not-json.json", { kind: "syntax", line: 2, column: 1 }],
    ["latin1.txt", { kind: "binary" }],
    ["nul-bytes.txt", { kind: "binary" }],
    ["prototype-keys.corpus.json", { kind: "forbiddenKey", key: "__proto__", path: "$" }],
    ["deep-nesting.corpus.json", { kind: "tooDeep", limit: 32 }],
    // Corpus files are for Corpora → Importeren, not for opening as an analysis.
    ["future-version.corpus.json", { kind: "belongsElsewhere", is: "corpus" }],
    ["hostile-text.corpus.json", { kind: "belongsElsewhere", is: "corpus" }],
    ["utf8-bom.corpus.json", { kind: "belongsElsewhere", is: "corpus" }],
    ["utf16le-bom.corpus.json", { kind: "belongsElsewhere", is: "corpus" }],
  ];
  it.each(cases)("%s is refused with what and where", async (name, error) => {
    const result = await read(name);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject(error);
  });

  it("covers every bad fixture in the folder", () => {
    expect(new Set(fixtureNames())).toEqual(
      new Set([...GOOD_ANALYSIS_FIXTURES, ...cases.map(([name]) => name)]),
    );
  });

  it("leaves Object.prototype alone when a file tries to pollute it", async () => {
    await read("prototype-pollution.ontrafel.json");
    await read("constructor-key.ontrafel.json");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // The limit the user is told about ("at most 50 MB"), written out rather than read from the
  // constant under test.
  const FIFTY_MB = 50 * 1024 * 1024;
  const fileOfSize = (size: number) => {
    const file = {
      name: "groot.json",
      size,
      read: false,
      arrayBuffer: async () => {
        file.read = true;
        return new TextEncoder().encode("{}").buffer;
      },
    };
    return file;
  };

  it("refuses a file over 50 MB before reading it", async () => {
    const huge = fileOfSize(FIFTY_MB + 1);
    const result = await readImportFile(huge, context);
    expect(!result.ok && result.error).toEqual({
      kind: "tooLarge",
      bytes: FIFTY_MB + 1,
      limit: FIFTY_MB,
    });
    expect(huge.read).toBe(false);
  });

  it("reads a file of exactly 50 MB (and judges what is in it)", async () => {
    const largest = fileOfSize(FIFTY_MB);
    const result = await readImportFile(largest, context);
    expect(largest.read).toBe(true);
    expect(!result.ok && result.error.kind).toBe("wrongFormat");
  });

  it("names a wrong value by its path and what was expected, in no language of its own", async () => {
    const result = await read("wrong-types.ontrafel.json");
    expect(!result.ok && result.error).toEqual({
      kind: "invalid",
      path: "$.analysis.nodes[0].position.x",
      issue: { kind: "type", expected: "number" },
    });
  });

  it("treats whitespace only as empty and a byte order mark as nothing", async () => {
    const blank = await readImportFile(
      fileOf("leeg.json", new TextEncoder().encode("  \n ")),
      context,
    );
    expect(!blank.ok && blank.error).toEqual({ kind: "empty" });
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...readFixtureBytes("v1-analysis.ontrafel.json"),
    ]);
    expect((await readImportFile(fileOf("bom.json", withBom), context)).ok).toBe(true);
  });
});

function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fixtureFileSync(name));
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IMPORT_FIXTURES } from "../../tests/helpers/importFixtures";

function fixtureFileSync(name: string) {
  return readFileSync(join(IMPORT_FIXTURES, name));
}

describe("good files", () => {
  it("opens a version 1 file, migrated to the current version, with its quotes", async () => {
    const result = await read("v1-analysis.ontrafel.json");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { analysis, quotes, repairs, source } = result.value;
    expect(source).toBe("json");
    expect(analysis.schemaVersion).toBe(ANALYSIS_SCHEMA_VERSION);
    expect(analysis.title).toBe("Mensenhandel — oorzaken (versie 1)");
    expect(analysis.nodes.map((n) => n.id)).toEqual(["c1", "k1", "k2", "k3", "f1", "n1"]);
    expect(analysis.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ["c1", "f1", "causes"],
      ["k2", "f1", "relates"],
    ]);
    expect(quotes.map((q) => q.id)).toEqual(["q_0pud3hydc0s", "q_044iaic8850", "q_notinthecorpus"]);
    expect(repairs).toEqual([]);
  });

  it("opens the first download format (no quotes list, no export date)", async () => {
    const result = await read("v1-storage-banner.ontrafel.json");
    expect(result.ok && result.value.analysis.nodes).toHaveLength(6);
    expect(result.ok && result.value.quotes).toEqual([]);
  });

  it("repairs dangling references and reports each", async () => {
    const result = await read("dangling-references.ontrafel.json");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.analysis.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
    const card = result.value.analysis.nodes.find((n) => n.id === "k4");
    expect(card?.kind === "quote" && card.clusterId).toBeNull();
    expect(result.value.repairs).toEqual([
      { kind: "danglingCluster", id: "k4", clusterId: "c-missing" },
      { kind: "danglingEdge", id: "e3", missing: "ghost" },
    ]);
  });

  it("keeps HTML and script as plain text", async () => {
    const result = await read("script-in-text.ontrafel.json");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.analysis.title).toBe('<b>Vet</b> & "gequote"');
    const factor = result.value.analysis.nodes.find((n) => n.id === "f1");
    expect(factor?.kind === "factor" && factor.label).toContain("<script>");
  });

  it("reads a hand-written JSON Canvas: groups, quotes, factors, notes and labelled links", async () => {
    const result = await read("hand-written.canvas");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { analysis, repairs, source } = result.value;
    expect(source).toBe("canvas");
    expect(analysis.title).toBe("hand-written");
    const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
    expect(byId.get("g-jong")).toMatchObject({
      kind: "cluster",
      label: "Kwetsbare jongeren",
      role: "cause",
    });
    // The text is a quote of the local corpus: it comes back as its card, inside the group.
    expect(byId.get("t-zwerf")).toMatchObject({
      kind: "quote",
      quoteId: "q_0pud3hydc0s",
      clusterId: "g-jong",
      position: { x: 20, y: 60 },
    });
    expect(byId.get("t-uitleg")).toMatchObject({
      kind: "factor",
      label: "Jongeren **zonder** vaste woonplek",
      role: null,
    });
    expect(byId.get("t-kern")).toMatchObject({ kind: "factor", role: "problem" });
    expect(byId.get("t-noot")).toMatchObject({ kind: "note", text: "Navragen bij de gemeente" });
    expect(byId.get("l-site")).toMatchObject({ kind: "note", text: "https://example.org/rapport" });
    expect(byId.get("f-pdf")).toMatchObject({ kind: "note", text: "bronnen/rapport.pdf" });
    const edges = new Map(analysis.edges.map((e) => [e.id, e]));
    expect(edges.get("e-oorzaak")).toMatchObject({
      source: "g-jong",
      target: "t-kern",
      kind: "causes",
      label: "",
    });
    expect(edges.get("e-eigen")).toMatchObject({ kind: "relates", label: "vraag" });
    // An arrow only at the start: "leads to" the other way round.
    expect(edges.get("e-omgekeerd")).toMatchObject({
      source: "t-uitleg",
      target: "t-kern",
      kind: "causes",
    });
    expect(edges.get("e-tegen")).toMatchObject({ kind: "contradicts" });
    expect(repairs).toEqual([{ kind: "danglingEdge", id: "e-los", missing: "bestaat-niet" }]);
  });
});

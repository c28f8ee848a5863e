import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analysisArbitrary as arbitraryOf,
  coordinate,
  text,
} from "../../tests/helpers/analysisArbitrary";
import { fileOf, IMPORT_FIXTURES } from "../../tests/helpers/importFixtures";
import { type Analysis, analysisSchema } from "../domain/analysis/analysis";
import type { ImportError } from "../domain/importError";
import { analysisFileText, quotesUsed } from "./analysisFile";
import { ANALYSIS_KEYWORD, withTextChunk } from "./pngText";
import { type ImportContext, readImportFile } from "./readImport";

const analysisArbitrary = arbitraryOf();
const context: ImportContext = { corpusId: "seed", quotes: [], now: 0 };
const plainPng = new Uint8Array(readFileSync(join(IMPORT_FIXTURES, "png-without-analysis.png")));
const encode = (text: string) => new TextEncoder().encode(text);

const exported = (analysis: Analysis) =>
  analysisFileText(analysis, quotesUsed(analysis, "seed", []), new Date(0));

/** What breaks an imported analysis: schema errors, repeated ids, dangling references. */
function flawsOf(analysis: Analysis): string[] {
  const flaws: string[] = [];
  if (!analysisSchema.safeParse(analysis).success) flaws.push("not schema-valid");
  const ids = new Set(analysis.nodes.map((n) => n.id));
  if (ids.size !== analysis.nodes.length) flaws.push("repeated node ids");
  for (const e of analysis.edges)
    if (!ids.has(e.source) || !ids.has(e.target)) flaws.push(`edge ${e.id} dangles`);
  const clusters = new Set(analysis.nodes.filter((n) => n.kind === "cluster").map((n) => n.id));
  for (const n of analysis.nodes)
    if (n.kind === "quote" && n.clusterId !== null && !clusters.has(n.clusterId))
      flaws.push(`card ${n.id} in a missing cluster`);
  return flaws;
}

const REFUSALS: readonly ImportError["kind"][] = [
  "empty",
  "tooLarge",
  "binary",
  "syntax",
  "tooDeep",
  "forbiddenKey",
  "wrongFormat",
  "tooNew",
  "invalid",
  "pngDamaged",
  "pngWithoutAnalysis",
];

/**
 * What every import must end in: an analysis that holds together (schema-valid, ids unique,
 * no dangling reference), or a refusal of a known kind. An empty list means it did.
 */
function flawsOfOutcome(result: Awaited<ReturnType<typeof readImportFile>>): string[] {
  if (result.ok) return flawsOf(result.value.analysis);
  return REFUSALS.includes(result.error.kind) ? [] : [`unknown refusal ${result.error.kind}`];
}

describe("export → import (property)", () => {
  it("any valid analysis survives JSON export and import unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(analysisArbitrary, async (analysis) => {
        const result = await readImportFile(
          fileOf("a.ontrafel.json", encode(exported(analysis))),
          context,
        );
        expect(result.ok && result.value.analysis).toEqual(analysis);
        expect(result.ok && result.value.repairs).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("any valid analysis survives the trip inside a PNG", async () => {
    await fc.assert(
      fc.asyncProperty(analysisArbitrary, async (analysis) => {
        const png = await withTextChunk(plainPng, ANALYSIS_KEYWORD, exported(analysis));
        const result = await readImportFile(fileOf("a.png", png), context);
        expect(result.ok && result.value.analysis).toEqual(analysis);
      }),
      { numRuns: 40 },
    );
  });

  it("a file with random bytes changed is refused or repaired, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        analysisArbitrary,
        fc.array(
          fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        async (analysis, edits) => {
          const bytes = [...encode(exported(analysis))];
          for (const { at, byte, cut } of edits) {
            if (cut) bytes.splice(at % bytes.length, 1);
            else bytes[at % bytes.length] = byte;
          }
          const result = await readImportFile(fileOf("x.json", Uint8Array.from(bytes)), context);
          expect(flawsOfOutcome(result)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a file with any value swapped for random JSON is refused or repaired, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        analysisArbitrary,
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        async (analysis, pick, value) => {
          const file = JSON.parse(exported(analysis)) as Record<string, unknown>;
          // Every object or array in the file, then one of their entries replaced.
          const holders: [Record<string, unknown> | unknown[], string | number][] = [];
          const walk = (node: unknown) => {
            if (Array.isArray(node))
              node.forEach((child, i) => {
                holders.push([node, i]);
                walk(child);
              });
            else if (node && typeof node === "object")
              for (const [key, child] of Object.entries(node)) {
                holders.push([node as Record<string, unknown>, key]);
                walk(child);
              }
          };
          walk(file);
          const [holder, key] = holders[pick % holders.length] as [
            Record<string | number, unknown>,
            string | number,
          ];
          holder[key] = value;
          const result = await readImportFile(
            fileOf("x.json", encode(JSON.stringify(file))),
            context,
          );
          expect(flawsOfOutcome(result)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("JSON Canvas import (property)", () => {
  const id = fc.constantFrom("a", "b", "c", "d", "e");
  const node = fc.oneof(
    fc.record({
      id,
      type: fc.constant("text"),
      text: text(40),
      color: fc.option(fc.constantFrom("1", "2", "4", "6"), { nil: undefined }),
    }),
    fc.record({ id, type: fc.constant("group"), label: fc.option(text(20), { nil: undefined }) }),
    fc.record({ id, type: fc.constant("link"), url: text(30) }),
    fc.record({ id, type: fc.constant("file"), file: text(30) }),
  );
  const placed = fc
    .tuple(
      node,
      coordinate,
      coordinate,
      fc.integer({ min: 0, max: 800 }),
      fc.integer({ min: 0, max: 800 }),
    )
    .map(([n, x, y, width, height]) => ({ ...n, x, y, width, height }));
  const edge = fc.record({
    id: fc.constantFrom("e1", "e2", "e3"),
    fromNode: fc.constantFrom("a", "b", "c", "d", "e", "missing"),
    toNode: fc.constantFrom("a", "b", "c", "d", "e", "missing"),
    fromEnd: fc.option(fc.constantFrom("none", "arrow"), { nil: undefined }),
    toEnd: fc.option(fc.constantFrom("none", "arrow"), { nil: undefined }),
    label: fc.option(fc.constantFrom("leidt tot", "spreekt tegen", "eigen"), { nil: undefined }),
  });

  it("any canvas with duplicate ids and loose edges is imported whole or refused, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(placed, { maxLength: 8 }),
        fc.array(edge, { maxLength: 6 }),
        async (nodes, edges) => {
          const json = JSON.stringify({ nodes, edges });
          const result = await readImportFile(fileOf("bord.canvas", encode(json)), context);
          expect(flawsOfOutcome(result)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

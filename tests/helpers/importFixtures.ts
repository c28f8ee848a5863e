import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportFile } from "../../src/io/readImport";

export const IMPORT_FIXTURES = join(import.meta.dirname, "../fixtures/import");

/** A fixture under tests/fixtures/import as the import pipeline receives a chosen file. */
export function fixtureFile(name: string): ImportFile {
  const bytes = readFileSync(join(IMPORT_FIXTURES, name));
  return fileOf(name, bytes);
}

export function fileOf(name: string, bytes: Uint8Array): ImportFile {
  return {
    name,
    size: bytes.length,
    // A copy: a Node Buffer may be a view into a larger shared pool.
    arrayBuffer: async () => new Uint8Array(bytes).buffer as ArrayBuffer,
  };
}

export function fixtureNames(): string[] {
  return readdirSync(IMPORT_FIXTURES).filter((name) => !name.endsWith(".md"));
}

/** The fixtures that open as an analysis; every other one is refused by the analysis import. */
export const GOOD_ANALYSIS_FIXTURES: readonly string[] = [
  "v1-analysis.ontrafel.json",
  "v1-analysis.utf8-bom.ontrafel.json",
  "v1-analysis.utf16le-bom.ontrafel.json",
  "v1-storage-banner.ontrafel.json",
  "dangling-references.ontrafel.json",
  "script-in-text.ontrafel.json",
  "hand-written.canvas",
  "sample-shape.canvas",
];

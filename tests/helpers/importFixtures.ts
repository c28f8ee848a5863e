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

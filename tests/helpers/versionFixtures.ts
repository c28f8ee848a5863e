import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES_ROOT = join(import.meta.dirname, "../fixtures");

/**
 * The fixtures of one version of a persisted type: `tests/fixtures/<kind>/v<version>-*.json`,
 * parsed, each with its file name. A type's test walks every version with it, so a version
 * without a fixture fails there.
 */
export function fixturesOfVersion(kind: string, version: number): [string, unknown][] {
  const dir = join(FIXTURES_ROOT, kind);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`v${version}-`) && name.endsWith(".json"))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown]);
}

import type { ImportResult } from "../domain/importError";
import { syntaxErrorAt } from "../domain/jsonSyntax";
import { fail, ok } from "../domain/result";
import { jsonPath } from "../domain/schemaIssue";

/** Real files are a few levels deep; anything deeper is not ours and could exhaust the stack. */
export const MAX_DEPTH = 32;
/** Keys that mean something to JavaScript objects; data never needs them. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Parses JSON; a syntax error says on which line and column, never V8's English. */
export function parseJson(text: string): ImportResult<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail({ kind: "syntax", ...syntaxErrorAt(text, error) });
  }
}

/**
 * Walks parsed JSON without recursion: refuses nesting deeper than `MAX_DEPTH` and keys such as
 * `__proto__`, so nothing later (validation, spreading) can be tricked by them.
 */
export function checkJsonTree(root: unknown): ImportResult<unknown> {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_DEPTH)
      return fail({ kind: "tooDeep", path: jsonPath(path), limit: MAX_DEPTH });
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return fail({ kind: "forbiddenKey", path: jsonPath(path), key });
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return ok(root);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

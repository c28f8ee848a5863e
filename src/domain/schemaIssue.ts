import type { z } from "zod";

/**
 * What is wrong with a value that failed its schema, in our own terms: the UI puts it into words
 * in the person's language (i18n/schemaIssue), so no library text ever reaches the screen.
 */
export type SchemaIssue =
  | { kind: "type"; expected: string }
  | { kind: "tooSmall"; minimum: number; of: SizeOf }
  | { kind: "tooBig"; maximum: number; of: SizeOf }
  | { kind: "unknownKeys"; keys: string[] }
  | { kind: "value" };

/** What a size limit counts: characters, items, or the number itself. */
export type SizeOf = "text" | "list" | "number";

/** Where in a file a value failed its schema, and what is wrong with it. */
export interface SchemaProblem {
  path: string;
  issue: SchemaIssue;
}

/**
 * A path as people read it: `$.a[0].b` for analysis files, `quotes[0].text` for corpus files
 * (root ""), as each has always been shown.
 */
export function jsonPath(parts: readonly PropertyKey[], root = "$"): string {
  return parts.reduce<string>(
    (acc, key) =>
      typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    root,
  );
}

function sizeOf(origin: unknown): SizeOf {
  if (origin === "string") return "text";
  if (origin === "array" || origin === "set") return "list";
  return "number";
}

/** One zod issue in our terms. */
export function schemaIssue(issue: z.core.$ZodIssue): SchemaIssue {
  switch (issue.code) {
    case "invalid_type":
      return { kind: "type", expected: String(issue.expected) };
    case "too_small":
      return { kind: "tooSmall", minimum: Number(issue.minimum), of: sizeOf(issue.origin) };
    case "too_big":
      return { kind: "tooBig", maximum: Number(issue.maximum), of: sizeOf(issue.origin) };
    case "unrecognized_keys":
      return { kind: "unknownKeys", keys: issue.keys };
    default:
      return { kind: "value" };
  }
}

/** The first thing wrong, with its path under `prefix`. */
export function firstSchemaProblem(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
  root = "$",
): SchemaProblem {
  const issue = error.issues[0];
  return {
    path: jsonPath([...prefix, ...(issue?.path ?? [])], root),
    issue: issue ? schemaIssue(issue) : { kind: "value" },
  };
}

import type { SchemaIssue } from "../domain/schemaIssue";
import type { MessageKey } from "./messages";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const EXPECTED: Record<string, MessageKey> = {
  string: "issue.expected.string",
  number: "issue.expected.number",
  boolean: "issue.expected.boolean",
  object: "issue.expected.object",
  array: "issue.expected.array",
};

/**
 * The one way a value that failed its schema is put into words, for analysis files, corpus
 * files and stored data alike: always from the catalogue, in the person's language.
 */
export function describeSchemaIssue(t: T, issue: SchemaIssue): string {
  switch (issue.kind) {
    case "type": {
      const expected = EXPECTED[issue.expected];
      return expected ? t("issue.type", { expected: t(expected) }) : t("issue.value");
    }
    case "tooSmall":
      if (issue.minimum === 1 && issue.of !== "number") return t("issue.empty");
      return t(`issue.tooSmall.${issue.of}`, { limit: issue.minimum });
    case "tooBig":
      return t(`issue.tooBig.${issue.of}`, { limit: issue.maximum });
    case "unknownKeys":
      return t("issue.unknownKeys", { keys: issue.keys.map((k) => `‘${k}’`).join(", ") });
    case "value":
      return t("issue.value");
  }
}

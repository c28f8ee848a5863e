import { z } from "zod";
import { fail, ok, type Result } from "../result";
import { isRecord, type MigrationSteps, migrate } from "../versioned";

/**
 * Our corpus file (`{ format, version, name, quotes }`, docs/CORPUS-FORMAT.md), written by
 * exportCorpusFile and read by parseCorpusJson. Version 1 is the only one so far; a version 2
 * adds its step here (`CORPUS_FILE_STEPS[1]` turns a version 1 file into a version 2 one) and
 * a fixture of version 1 stays in tests/fixtures/corpus-file/, which the test opens.
 */
export const CORPUS_FORMAT = "ontrafel-corpus";
export const CORPUS_FORMAT_VERSION = 1;
export const CORPUS_FILE_STEPS: MigrationSteps = {};

/** One quote in a corpus file: loose in (defaults for what may be left out), strict out. */
const corpusFileQuoteSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  text: z.string().trim().min(1).max(20_000),
  chapter: z.number().int().min(1).max(999).default(1),
  chapterTitle: z.string().trim().min(1).max(300).optional(),
  section: z.string().max(40).default(""),
  sectionTitle: z.string().max(300).nullable().default(null),
  page: z.number().int().positive().nullable().default(null),
  source: z.string().min(1).max(300).optional(),
  pullQuote: z.boolean().default(false),
});

export const corpusFileSchema = z.strictObject({
  format: z.literal(CORPUS_FORMAT),
  version: z.literal(CORPUS_FORMAT_VERSION),
  name: z.string().trim().min(1).max(200),
  exportedAt: z.string().optional(),
  quotes: z.array(corpusFileQuoteSchema).min(1).max(200_000),
});
export type CorpusFile = z.infer<typeof corpusFileSchema>;

export type CorpusFileError =
  | { kind: "tooNew"; version: number }
  | { kind: "invalid"; zodError: z.ZodError };

export type CorpusFileRead = Result<CorpusFile, CorpusFileError>;

/**
 * Reads parsed JSON as a corpus file of any version: a file from a newer Ontrafel is refused,
 * an older one is brought up to date step by step, then the current schema decides.
 */
export function readCorpusFile(raw: unknown): CorpusFileRead {
  let data = raw;
  if (isRecord(raw) && raw.format === CORPUS_FORMAT && typeof raw.version === "number") {
    const migrated = migrate(raw, raw.version, {
      current: CORPUS_FORMAT_VERSION,
      steps: CORPUS_FILE_STEPS,
      field: "version",
    });
    if (!migrated.ok && migrated.error.kind === "tooNew") return fail(migrated.error);
    // A version that never existed is left as it is: the schema names it.
    if (migrated.ok) data = migrated.value;
  }
  const parsed = corpusFileSchema.safeParse(data);
  return parsed.success ? ok(parsed.data) : fail({ kind: "invalid", zodError: parsed.error });
}

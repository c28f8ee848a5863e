import type { Quote } from "../quote";

/** Something the preview should point out; the corpus can still be stored. */
export type ImportWarningCode =
  | "longQuote"
  | "duplicateQuotes"
  | "beforeHeadings"
  | "emptyRows"
  | "invalidPage"
  | "marginLinesDropped"
  | "pullQuotes"
  | "unknownChapterTitle";

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly count: number;
  /** The first place it happens (line, row or page). */
  readonly where: string;
}

export type SourceFormat = "text" | "csv" | "json" | "pdf";

/** A parsed source, not yet stored: what the preview shows. */
export interface ParsedCorpus {
  readonly name: string;
  readonly sourceName: string;
  readonly format: SourceFormat;
  readonly quotes: readonly Quote[];
  readonly warnings: readonly ImportWarning[];
}

/** Collects warnings of one kind: how often and where first. */
export class WarningTally {
  private readonly tally = new Map<ImportWarningCode, { count: number; where: string }>();

  add(code: ImportWarningCode, where: string, count = 1): void {
    const entry = this.tally.get(code);
    if (entry) entry.count += count;
    else this.tally.set(code, { count, where });
  }

  list(): ImportWarning[] {
    return [...this.tally].map(([code, { count, where }]) => ({ code, count, where }));
  }
}

/** "verslag.final.md" → "verslag.final": the default corpus name. */
export function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, "");
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name).trim() || fileName;
}

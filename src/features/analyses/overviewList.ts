import { readAnalysis } from "../../domain/analysis/migrations";
import type { ListedAnalysis } from "../../persistence/analysisRepo";

export type OverviewSort = "opened" | "edited" | "name" | "created";
export const OVERVIEW_SORTS: readonly OverviewSort[] = ["opened", "edited", "name", "created"];

/** An analysis as the overview searches and sorts it. */
export interface OverviewEntry {
  record: ListedAnalysis;
  createdAt: number;
  /** The corpus its quotes come from; null when the stored document does not read. */
  corpusId: string | null;
  /** Title and every node's words, lower case: what a search looks in. */
  text: string;
}

/** Reads what search and sort need from a stored analysis (a document that fails reads as its title). */
export function overviewEntry(record: ListedAnalysis): OverviewEntry {
  const read = readAnalysis(record.analysis);
  const words = read.ok
    ? read.value.nodes.map((node) =>
        node.kind === "quote" ? node.snapshot.text : "label" in node ? node.label : "",
      )
    : [];
  return {
    record,
    createdAt: read.ok ? read.value.createdAt : record.updatedAt,
    corpusId: read.ok ? read.value.corpusId : null,
    text: [record.title, ...words].join("\n").toLocaleLowerCase(),
  };
}

/**
 * The analyses whose title or content holds every word of the query, in the chosen order:
 * last opened first, last edited first, by name (as the language sorts), or newest first.
 */
export function overviewList(
  entries: readonly OverviewEntry[],
  query: string,
  sort: OverviewSort,
  locale: string,
): ListedAnalysis[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const found = entries.filter((e) => words.every((w) => e.text.includes(w)));
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const order: Record<OverviewSort, (a: OverviewEntry, b: OverviewEntry) => number> = {
    opened: (a, b) => b.record.openedAt - a.record.openedAt,
    edited: (a, b) => b.record.updatedAt - a.record.updatedAt,
    name: (a, b) => collator.compare(a.record.title, b.record.title),
    created: (a, b) => b.createdAt - a.createdAt,
  };
  return [...found].sort(order[sort]).map((e) => e.record);
}

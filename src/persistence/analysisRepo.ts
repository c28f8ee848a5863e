import type { Analysis } from "../domain/analysis/analysis";
import { type AnalysisReadResult, readAnalysis } from "../domain/analysis/migrations";
import type { AnalysisRecord, OntrafelDb } from "./db";

const LAST_OPENED = "lastOpenedAnalysisId";

export function recordFor(analysis: Analysis, deletedAt: number | null = null): AnalysisRecord {
  let quotes = 0;
  let clusters = 0;
  for (const node of analysis.nodes) {
    if (node.kind === "quote") quotes++;
    else if (node.kind === "cluster") clusters++;
  }
  return {
    id: analysis.id,
    title: analysis.title,
    updatedAt: analysis.updatedAt,
    deletedAt,
    counts: { quotes, clusters, links: analysis.edges.length },
    analysis,
  };
}

/** Saves an analysis in one transaction: the stored copy is the old one or the new one, never half. */
export async function saveAnalysis(db: OntrafelDb, analysis: Analysis): Promise<void> {
  await db.transaction("rw", db.analyses, async () => {
    const existing = await db.analyses.get(analysis.id);
    await db.analyses.put(recordFor(analysis, existing?.deletedAt ?? null));
  });
}

/** Reads an analysis back through the same checks as an imported file; null when there is none. */
export async function loadAnalysis(db: OntrafelDb, id: string): Promise<AnalysisReadResult | null> {
  const record = await db.analyses.get(id);
  return record ? readAnalysis(record.analysis) : null;
}

export async function rememberLastOpened(db: OntrafelDb, id: string): Promise<void> {
  await db.meta.put({ key: LAST_OPENED, value: id });
}

export async function lastOpenedId(db: OntrafelDb): Promise<string | null> {
  return (await db.meta.get(LAST_OPENED))?.value ?? null;
}

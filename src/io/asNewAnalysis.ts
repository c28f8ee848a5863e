import type { Analysis } from "../domain/analysis/analysis";

export interface NewAnalysisInit {
  id: string;
  now: number;
  /** The corpus that is loaded here. */
  corpusId: string;
  /** Every corpus stored here; cards from any other corpus are checked against the loaded one. */
  knownCorpusIds: ReadonlySet<string>;
}

/**
 * An imported analysis made into a new one: its own id and edit time (so it heads the list),
 * the rest as in the file. Cards whose corpus is not here point at the loaded corpus, so the
 * usual drift check marks the quotes it lacks (their snapshots stay as they were).
 */
export function asNewAnalysis(imported: Analysis, init: NewAnalysisInit): Analysis {
  const local = (corpusId: string) =>
    init.knownCorpusIds.has(corpusId) ? corpusId : init.corpusId;
  return {
    ...imported,
    id: init.id,
    updatedAt: Math.max(init.now, imported.createdAt),
    corpusId: local(imported.corpusId),
    nodes: imported.nodes.map((node) =>
      node.kind === "quote" && local(node.corpusId) !== node.corpusId
        ? { ...node, corpusId: init.corpusId }
        : node,
    ),
  };
}

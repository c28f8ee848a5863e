import {
  ANALYSIS_SCHEMA_VERSION,
  type Analysis,
  type AnalysisEdge,
  type AnalysisNode,
  type ClusterNode,
  type EdgeKind,
  type FactorNode,
  type QuoteNode,
  type Role,
} from "../../src/domain/analysis/analysis";

export function makeAnalysis(nodes: AnalysisNode[] = [], edges: AnalysisEdge[] = []): Analysis {
  return {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    id: "analysis-1",
    title: "Testanalyse",
    createdAt: 0,
    updatedAt: 0,
    corpusId: "seed",
    nodes,
    edges,
    viewport: { x: 0, y: 0, zoom: 1 },
    votingRounds: [],
    coveredQuotes: {},
  };
}

export function quoteCard(
  id: string,
  quoteId: string,
  options: { clusterId?: string; chapter?: number; section?: string } = {},
): QuoteNode {
  const chapter = options.chapter ?? 2;
  return {
    kind: "quote",
    id,
    position: { x: 0, y: 0 },
    clusterId: options.clusterId ?? null,
    quoteId,
    corpusId: "seed",
    snapshot: {
      text: `Citaat ${quoteId}`,
      chapter,
      chapterTitle: "Problemen",
      section: options.section ?? `${chapter}.1`,
      sectionTitle: "Thema",
      page: 11,
      source: "002.txt",
    },
  };
}

export function cluster(id: string, role: Role | null = null, label = id): ClusterNode {
  return { kind: "cluster", id, position: { x: 0, y: 0 }, label, role, collapsed: false };
}

export function factor(id: string, role: Role | null = null, label = id): FactorNode {
  return { kind: "factor", id, position: { x: 0, y: 0 }, label, role };
}

export function link(source: string, target: string, kind: EdgeKind = "causes"): AnalysisEdge {
  return { id: `${source}->${target}`, source, target, kind, label: "" };
}

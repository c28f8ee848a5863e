import { z } from "zod";
import { goalTreeSchema } from "../goals/goalTree";

/**
 * The persisted analysis: our own versioned model, never React Flow's runtime objects.
 * Version 2 added `votingRounds`; version 3 what a JSON Canvas import keeps (`canvas` on nodes
 * and edges, `reference` on notes); version 4 the goal tree and action plan (`goalTree`, optional:
 * an analysis has none until it is made); version 5 each workshop participant's own dots in a
 * voting round (`ballots`, so dots given at once from several devices all count); version 6 the
 * near-identical quotes marked as covered by one on the canvas (`coveredQuotes`). A bump adds a
 * migration in migrations.ts and a fixture of the old shape (tests/fixtures/analysis/).
 */
export const ANALYSIS_SCHEMA_VERSION = 6;

/** Identifies an Ontrafel analysis file (io/analysisFile); the corpus import recognises it too. */
export const ANALYSIS_FILE_FORMAT = "ontrafel-analysis";

export const ROLES = ["problem", "cause", "symptom"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const EDGE_KINDS = ["causes", "relates", "contradicts"] as const;
export const edgeKindSchema = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof edgeKindSchema>;

const idSchema = z.string().min(1).max(200);
const finite = z.number().finite();
export const positionSchema = z.strictObject({ x: finite, y: finite });
export type Position = z.infer<typeof positionSchema>;

/**
 * What a node keeps of the JSON Canvas it came from that Ontrafel does not draw itself (its
 * size there, a colour that is not a role, a group's background), so exporting it again gives
 * the other tool back what it wrote.
 */
export const nodeCanvasSchema = z.strictObject({
  width: finite.nonnegative().optional(),
  height: finite.nonnegative().optional(),
  color: z.string().max(50).optional(),
  background: z.string().max(2000).optional(),
  backgroundStyle: z.string().max(50).optional(),
});
export type NodeCanvas = z.infer<typeof nodeCanvasSchema>;

export const CANVAS_SIDES = ["top", "right", "bottom", "left"] as const;
export const CANVAS_ENDS = ["none", "arrow"] as const;
/** A link's JSON Canvas sides, ends, colour and a label that only named its kind, as imported. */
export const edgeCanvasSchema = z.strictObject({
  fromSide: z.enum(CANVAS_SIDES).optional(),
  toSide: z.enum(CANVAS_SIDES).optional(),
  fromEnd: z.enum(CANVAS_ENDS).optional(),
  toEnd: z.enum(CANVAS_ENDS).optional(),
  color: z.string().max(50).optional(),
  label: z.string().max(500).optional(),
});
export type EdgeCanvas = z.infer<typeof edgeCanvasSchema>;

/** A note that stands for a file or a web page of another canvas tool (shown, never fetched). */
export const noteReferenceSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("file"),
    file: z.string().max(2000),
    subpath: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal("link"), url: z.string().max(2000) }),
]);
export type NoteReference = z.infer<typeof noteReferenceSchema>;

/** What a file or web-page note points at, as shown: the path with its subpath, or the address. */
export function referenceTarget(reference: NoteReference): string {
  return reference.type === "file" ? `${reference.file}${reference.subpath ?? ""}` : reference.url;
}

/** What a quote card keeps of its quote, so the analysis survives corpus changes and export. */
export const quoteSnapshotSchema = z.strictObject({
  text: z.string().min(1),
  chapter: z.number().int().min(1),
  chapterTitle: z.string(),
  section: z.string(),
  sectionTitle: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  source: z.string(),
});
export type QuoteSnapshot = z.infer<typeof quoteSnapshotSchema>;

export const quoteNodeSchema = z.strictObject({
  kind: z.literal("quote"),
  id: idSchema,
  /** Relative to the cluster when `clusterId` is set, else to the canvas. */
  position: positionSchema,
  clusterId: idSchema.nullable(),
  quoteId: idSchema,
  corpusId: idSchema,
  snapshot: quoteSnapshotSchema,
  canvas: nodeCanvasSchema.optional(),
});

export const clusterNodeSchema = z.strictObject({
  kind: z.literal("cluster"),
  id: idSchema,
  position: positionSchema,
  label: z.string().max(500),
  role: roleSchema.nullable(),
  collapsed: z.boolean(),
  canvas: nodeCanvasSchema.optional(),
});

export const factorNodeSchema = z.strictObject({
  kind: z.literal("factor"),
  id: idSchema,
  position: positionSchema,
  label: z.string().max(2000),
  role: roleSchema.nullable(),
  canvas: nodeCanvasSchema.optional(),
});

export const noteNodeSchema = z.strictObject({
  kind: z.literal("note"),
  id: idSchema,
  position: positionSchema,
  text: z.string().max(10_000),
  reference: noteReferenceSchema.optional(),
  canvas: nodeCanvasSchema.optional(),
});

export const analysisNodeSchema = z.discriminatedUnion("kind", [
  quoteNodeSchema,
  clusterNodeSchema,
  factorNodeSchema,
  noteNodeSchema,
]);

export type QuoteNode = z.infer<typeof quoteNodeSchema>;
export type ClusterNode = z.infer<typeof clusterNodeSchema>;
export type FactorNode = z.infer<typeof factorNodeSchema>;
export type NoteNode = z.infer<typeof noteNodeSchema>;
export type AnalysisNode = z.infer<typeof analysisNodeSchema>;
export type NodeKind = AnalysisNode["kind"];

export const analysisEdgeSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  kind: edgeKindSchema,
  label: z.string().max(500),
  canvas: edgeCanvasSchema.optional(),
});
export type AnalysisEdge = z.infer<typeof analysisEdgeSchema>;

export const viewportSchema = z.strictObject({
  x: finite,
  y: finite,
  zoom: z.number().positive().max(100),
});
export type Viewport = z.infer<typeof viewportSchema>;

/** Dots per node id; nodes without dots are absent. */
const dotsSchema = z.record(idSchema, z.number().int().positive());

/**
 * A dot-voting round of a workshop: how many dots each participant has and the dots each
 * cluster or factor received: given for the room on one device (`votes`), and by participants
 * from their own devices (`ballots`, per participant id, each within dotsPerParticipant).
 * A node's count is the sum (tally in operations/voting.ts). Closed rounds keep their dates.
 */
export const votingRoundSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(200),
  startedAt: z.number().int().nonnegative(),
  closedAt: z.number().int().nonnegative().nullable(),
  dotsPerParticipant: z.number().int().min(1).max(100),
  participants: z.number().int().min(1).max(1000),
  /** Dots given for the room on the facilitator's device, per node id. */
  votes: dotsSchema,
  /** Each participant's own dots (version 5), per participant id, then per node id. */
  ballots: z.record(idSchema, dotsSchema),
});
export type VotingRound = z.infer<typeof votingRoundSchema>;

export const analysisSchema = z.strictObject({
  schemaVersion: z.literal(ANALYSIS_SCHEMA_VERSION),
  id: idSchema,
  title: z.string().max(300),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  corpusId: idSchema,
  nodes: z.array(analysisNodeSchema),
  edges: z.array(analysisEdgeSchema),
  viewport: viewportSchema,
  votingRounds: z.array(votingRoundSchema),
  /**
   * Near-identical quotes marked as covered (version 6): the covered quote's id → the id of the
   * quote whose card covers it. It counts as covered while that quote has a card on the canvas.
   */
  coveredQuotes: z.record(idSchema, idSchema),
  /** The goal tree and action plan made from this problem tree (version 4); absent until made. */
  goalTree: goalTreeSchema.optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** Nodes that carry a role: clusters and free factors. */
export type RoledNode = ClusterNode | FactorNode;
export function hasRole(node: AnalysisNode): node is RoledNode {
  return node.kind === "cluster" || node.kind === "factor";
}

export function newAnalysis(init: {
  id: string;
  title: string;
  corpusId: string;
  now: number;
}): Analysis {
  return {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    id: init.id,
    title: init.title,
    createdAt: init.now,
    updatedAt: init.now,
    corpusId: init.corpusId,
    nodes: [],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
    votingRounds: [],
    coveredQuotes: {},
  };
}

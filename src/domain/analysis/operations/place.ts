import type { Quote } from "../../corpus/quote";
import type { Analysis, FactorNode, NoteNode, Position, QuoteNode, Role } from "../analysis";
import type { IdSource } from "../ids";

/** Vertical distance between quote cards placed together, so they do not cover each other. */
export const PLACE_STEP = { x: 24, y: 140 };

export function quoteSnapshot(quote: Quote): QuoteNode["snapshot"] {
  return {
    text: quote.text,
    chapter: quote.chapter,
    chapterTitle: quote.chapterTitle,
    section: quote.section,
    sectionTitle: quote.sectionTitle,
    page: quote.page,
    source: quote.source,
  };
}

/** Puts quote cards on the canvas at `at`, stacked when several are placed at once. */
export function placeQuotes(
  analysis: Analysis,
  quotes: readonly Quote[],
  corpusId: string,
  at: Position,
  ids: IdSource,
): { analysis: Analysis; nodeIds: string[] } {
  const cards: QuoteNode[] = quotes.map((quote, i) => ({
    kind: "quote",
    id: ids.next("quote"),
    position: { x: at.x + i * PLACE_STEP.x, y: at.y + i * PLACE_STEP.y },
    clusterId: null,
    quoteId: quote.id,
    corpusId,
    snapshot: quoteSnapshot(quote),
  }));
  return {
    analysis: { ...analysis, nodes: [...analysis.nodes, ...cards] },
    nodeIds: cards.map((c) => c.id),
  };
}

export function addFactor(
  analysis: Analysis,
  init: { label: string; role: Role | null; position: Position },
  ids: IdSource,
): { analysis: Analysis; nodeId: string } {
  const node: FactorNode = { kind: "factor", id: ids.next("factor"), ...init };
  return { analysis: { ...analysis, nodes: [...analysis.nodes, node] }, nodeId: node.id };
}

export function addNote(
  analysis: Analysis,
  init: { text: string; position: Position },
  ids: IdSource,
): { analysis: Analysis; nodeId: string } {
  const node: NoteNode = { kind: "note", id: ids.next("note"), ...init };
  return { analysis: { ...analysis, nodes: [...analysis.nodes, node] }, nodeId: node.id };
}

/** How close two top-level nodes may start before a new one counts as covering the other. */
const OCCUPIED_RADIUS = 32;

/**
 * The first spot from `at` downward (in place steps) where no top-level node starts, so
 * quotes placed one after another at the view centre do not pile up on each other.
 */
export function freeSpotNear(analysis: Analysis, at: Position): Position {
  const taken = analysis.nodes
    .filter((n) => n.kind !== "quote" || n.clusterId === null)
    .map((n) => n.position);
  let spot = at;
  for (let i = 0; i < 200; i++) {
    const covered = taken.some(
      (p) => Math.abs(p.x - spot.x) < OCCUPIED_RADIUS && Math.abs(p.y - spot.y) < OCCUPIED_RADIUS,
    );
    if (!covered) return spot;
    spot = { x: spot.x + PLACE_STEP.x, y: spot.y + PLACE_STEP.y };
  }
  return spot;
}

/** The card already showing this corpus quote, if any: placing it twice focuses that one. */
export function cardForQuote(analysis: Analysis, quoteId: string): QuoteNode | undefined {
  return analysis.nodes.find((n): n is QuoteNode => n.kind === "quote" && n.quoteId === quoteId);
}

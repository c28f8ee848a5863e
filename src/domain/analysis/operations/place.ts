import type { Quote } from "../../corpus/quote";
import { QUOTE_SIZE, type Size } from "../../layout/boxSizes";
import { freeSpot, topLevelBoxes } from "../../layout/freeSpot";
import type { Analysis, FactorNode, NoteNode, Position, QuoteNode, Role } from "../analysis";
import type { IdSource } from "../ids";

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

/**
 * Puts quote cards on the canvas, each on the free spot nearest to `at` (a top-left; see
 * freeSpotNear): a card never covers another box, and cards placed one after another at the
 * same point line up beside each other instead of piling up.
 */
export function placeQuotes(
  analysis: Analysis,
  quotes: readonly Quote[],
  corpusId: string,
  at: Position,
  ids: IdSource,
): { analysis: Analysis; nodeIds: string[] } {
  let next = analysis;
  const nodeIds: string[] = [];
  for (const quote of quotes) {
    const card: QuoteNode = {
      kind: "quote",
      id: ids.next("quote"),
      position: freeSpotNear(next, at, QUOTE_SIZE),
      clusterId: null,
      quoteId: quote.id,
      corpusId,
      snapshot: quoteSnapshot(quote),
    };
    next = { ...next, nodes: [...next.nodes, card] };
    nodeIds.push(card.id);
  }
  return { analysis: next, nodeIds };
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

/**
 * The free spot nearest to `at` (a top-left) for a box of `size`, clear of every top-level box
 * at its drawn size by PLACE_GAP (freeSpot).
 */
export function freeSpotNear(analysis: Analysis, at: Position, size: Size): Position {
  return freeSpot(topLevelBoxes(analysis), size, at);
}

/** The top-left that centres a box of `size` on `point` (where the user is looking). */
export function centredOn(point: Position, size: Size): Position {
  return { x: point.x - size.width / 2, y: point.y - size.height / 2 };
}

/** The card already showing this corpus quote, if any: placing it twice focuses that one. */
export function cardForQuote(analysis: Analysis, quoteId: string): QuoteNode | undefined {
  return analysis.nodes.find((n): n is QuoteNode => n.kind === "quote" && n.quoteId === quoteId);
}

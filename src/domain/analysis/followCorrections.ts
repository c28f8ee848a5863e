import type { CorrectedCorpus } from "../corpus/corrections";
import type { Quote } from "../corpus/quote";
import type { Analysis, QuoteNode } from "./analysis";
import { quoteSnapshot } from "./operations/place";

export interface FollowReport {
  /** Cards whose quote was edited or moved: they show the corrected text and place. */
  readonly updated: number;
  /** Cards whose quote was split: they now hold the first part (the part that kept the id). */
  readonly split: number;
  /** Cards whose quote was merged into the one before it: they now hold the merged quote. */
  readonly merged: number;
}

function sameSnapshot(a: QuoteNode["snapshot"], b: QuoteNode["snapshot"]): boolean {
  return (Object.keys(a) as (keyof QuoteNode["snapshot"])[]).every((k) => a[k] === b[k]);
}

/**
 * Quote cards follow the person's corrections of their corpus (unlike parser updates, which
 * are only shown as drift): a card of a corrected quote takes the corrected text and place,
 * a card of a quote merged into another points at the merged quote. Cards of hidden quotes
 * keep their snapshot (drift then marks them missing). Returns the same analysis when
 * nothing changes.
 */
export function followCorrections(
  analysis: Analysis,
  corpusId: string,
  corrected: Pick<CorrectedCorpus, "quotes" | "redirects" | "touched">,
  /** Extra ids to treat as corrected, e.g. a correction just undone. */
  alsoTouched: ReadonlySet<string> = new Set(),
  extraRedirects: ReadonlyMap<string, string> = new Map(),
): { analysis: Analysis; report: FollowReport } {
  const byId = new Map<string, Quote>(corrected.quotes.map((q) => [q.id, q]));
  const report = { updated: 0, split: 0, merged: 0 };
  let changed = false;
  const nodes = analysis.nodes.map((node) => {
    if (node.kind !== "quote" || node.corpusId !== corpusId) return node;
    let id = node.quoteId;
    for (let hops = 0; hops < 100; hops++) {
      const next = corrected.redirects.get(id) ?? extraRedirects.get(id);
      if (next === undefined || byId.has(id)) break;
      id = next;
    }
    const quote = byId.get(id);
    if (!quote) return node;
    const redirected = id !== node.quoteId;
    if (!redirected && !corrected.touched.has(id) && !alsoTouched.has(id)) return node;
    const snapshot = quoteSnapshot(quote);
    if (!redirected && sameSnapshot(snapshot, node.snapshot)) return node;
    changed = true;
    if (redirected) report.merged++;
    else if (corrected.touched.get(id) === "split") report.split++;
    else report.updated++;
    return { ...node, quoteId: id, snapshot };
  });
  return { analysis: changed ? { ...analysis, nodes } : analysis, report };
}

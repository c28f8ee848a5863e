import type { Analysis } from "./analysis";

/** The schema's limit on a title; a "(kopie)" suffix must not push a copy past it. */
const MAX_TITLE = 300;

/**
 * A copy of an analysis under a new id and title, as new as its creation: the nodes, links and
 * viewport are the same, so the copy opens where the original was. Node ids are kept because
 * they only need to be unique within one analysis.
 */
export function duplicateAnalysis(
  source: Analysis,
  init: { id: string; title: string; now: number },
): Analysis {
  return {
    ...source,
    id: init.id,
    title: init.title.slice(0, MAX_TITLE),
    createdAt: init.now,
    updatedAt: init.now,
  };
}

/** A title with a new text, kept within the schema's limit. */
export function retitled(analysis: Analysis, title: string, now: number): Analysis {
  return { ...analysis, title: title.slice(0, MAX_TITLE), updatedAt: now };
}

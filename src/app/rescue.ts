import type { Analysis } from "../domain/analysis/analysis";
import {
  type RescueCopy,
  readRescueCopyText,
  writeRescueCopyText,
} from "../persistence/records/rescueCopy";

export type { RescueCopy } from "../persistence/records/rescueCopy";

/**
 * A synchronous safety copy for the moment a page goes away: IndexedDB writes are asynchronous
 * and may not finish during unload, localStorage writes do. The copy keeps the page's changes
 * that were not stored yet as a Yjs update, so that the next start merges them into what another
 * tab stored meanwhile instead of choosing one of the two. Each tab has its own slot per
 * analysis, so two tabs that go away at once both keep their copy.
 */
const PREFIX = "ontrafel.rescue.";

/** This page's slot name; a reload is a new page with a new slot. */
const THIS_TAB = Math.random().toString(36).slice(2, 10);

const slotKey = (id: string, tab: string) => `${PREFIX}${id}#${tab}`;

export function writeRescueCopy(
  analysis: Analysis,
  update: Uint8Array | null = null,
  tab: string = THIS_TAB,
): void {
  try {
    localStorage.setItem(slotKey(analysis.id, tab), writeRescueCopyText({ analysis, update }));
  } catch {
    // Too big for localStorage or storage refused: the IndexedDB save is all there is.
  }
}

/** Clears this tab's copy of an analysis once its save has landed. */
export function clearRescueCopy(id: string, tab: string = THIS_TAB): void {
  try {
    localStorage.removeItem(slotKey(id, tab));
  } catch {
    // Nothing to clear.
  }
}

/** The slots holding copies of an analysis: every tab's, and the one slot earlier versions used. */
function slotsOf(id: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === PREFIX + id || key?.startsWith(`${PREFIX}${id}#`)) keys.push(key);
    }
  } catch {
    // No storage: no copies.
  }
  return keys;
}

/**
 * Every tab's rescued copy of an analysis, validated like any stored data, oldest edit first
 * (the order to merge them in).
 */
export function readRescueCopies(id: string): RescueCopy[] {
  const copies: RescueCopy[] = [];
  for (const key of slotsOf(id)) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(key);
    } catch {
      // Unreadable: skip it.
    }
    const copy = text ? readRescueCopyText(text) : null;
    if (copy) copies.push(copy);
  }
  return copies.sort((a, b) => a.analysis.updatedAt - b.analysis.updatedAt);
}

/** Clears every tab's copy of an analysis, once start-up has stored what they held. */
export function clearRescueCopies(id: string): void {
  for (const key of slotsOf(id)) {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }
}

import { type Analysis, newAnalysis } from "../domain/analysis/analysis";
import {
  lastOpenedId,
  loadAnalysis,
  newestActiveAnalysis,
  rememberLastOpened,
  saveAnalysis,
  saveDocument,
} from "../persistence/analysisRepo";
import {
  type CorpusSource,
  currentCorpusRecord,
  type LoadedCorpus,
  type ParsedCorpus,
  parseCorpus,
  readCurrentCorpus,
  storeParsedCorpus,
} from "../persistence/corpusRepo";
import { DB_VERSION, type OntrafelDb, storedDatabaseVersion } from "../persistence/db";
import { seedCorpusSource } from "../persistence/seedSource";
import { whenIdle } from "../services/whenIdle";
import type { AppStore } from "../state/createAppStore";
import { defaultTitle } from "./defaultTitle";
import { clearRescueCopies, type RescueCopy, readRescueCopies } from "./rescue";
import { isNewerDatabase, isQuotaError, isVersionError } from "./storage";

/**
 * Checks the stored copy of a current corpus once the page is idle: when a row no longer reads,
 * the bundled quotes the library shows are stored again.
 */
async function repairWhenIdle(
  db: OntrafelDb,
  source: CorpusSource,
  parsed: ParsedCorpus,
): Promise<void> {
  await new Promise<void>((resolve) => whenIdle(resolve, 5000));
  if (db.isOpen() && !(await readCurrentCorpus(db, source))) await storeParsedCorpus(db, parsed);
}

/**
 * What is stored with the rescue copies of tabs that went away before their saves landed. Their
 * changes (Yjs updates) are merged into the stored document by Yjs and the merge is stored, so
 * neither tab's work is lost; true when that store happened. A copy without an update (its page
 * never opened the document, or an older Ontrafel wrote it) counts when it is newer. When storage
 * refuses the write, the copies' documents are taken as they are and stay for the next start.
 */
async function withRescues(
  db: OntrafelDb | null,
  stored: Analysis | null,
  copies: readonly RescueCopy[],
): Promise<{ analysis: Analysis | null; stored: boolean }> {
  let analysis = stored;
  const updates = copies.flatMap((copy) => (copy.update ? [copy.update] : []));
  if (db && stored && stored.id === copies[0]?.analysis.id && updates.length > 0) {
    try {
      const { compactUpdates, readMerged } = await import("../io/ydoc/documentState");
      await saveDocument(db, stored.id, -1, (inStorage) => {
        // Written whole since (or before Yjs documents): the updates have nothing to apply to.
        if (inStorage.length === 0) throw new Error("no stored document to merge into");
        const read = readMerged(inStorage, updates);
        if (!read.ok) throw new Error("the rescued changes do not read");
        analysis = read.value;
        return { analysis: read.value, update: compactUpdates(updates) };
      });
      return { analysis, stored: true };
    } catch (error) {
      if (!isQuotaError(error)) console.warn("rescue copies not merged", error);
    }
  }
  // Equal times: the copy holds changes that do not touch the time (the viewport) on top of it.
  for (const { analysis: rescued } of copies) {
    if (!analysis || rescued.updatedAt >= analysis.updatedAt) analysis = rescued;
  }
  return { analysis, stored: false };
}

/** The analysis start-up opens, and what must be stored for it once it is on screen. */
interface StartChoice {
  analysis: Analysis;
  /** The pointer (last opened) that was read; null when there was none. */
  pointer: string | null;
  /** A newer Ontrafel's analysis was found: it and the pointer to it are left alone. */
  newer: boolean;
  /** Rescue copies merged in (cleared once the result is stored). */
  rescued: number;
  /** The analysis is not stored as it is: new, or rescue copies were merged in. */
  unsaved: boolean;
}

/**
 * The analysis to show on start, read only: the deep-linked one, else the one open last (or a
 * copy rescued from an unload that IndexedDB did not finish, when that is newer), else a new one.
 */
async function chooseAnalysis(
  store: AppStore,
  db: OntrafelDb | null,
  corpusId: string,
  preferredId: string | null,
): Promise<StartChoice> {
  const state = store.getState();
  const [preferred, pointer] = await Promise.all([
    db && preferredId ? loadAnalysis(db, preferredId) : null,
    db ? lastOpenedId(db) : null,
  ]);
  const id = preferred?.ok ? preferredId : pointer;
  const stored = preferred?.ok ? preferred : db && id ? await loadAnalysis(db, id) : null;
  // A newer Ontrafel's analysis is left as it is, and so is the pointer to it; another opens.
  const newer = [preferred, stored].some((r) => r?.ok === false && r.error.kind === "tooNew");
  if (newer) state.setStorageIssue({ kind: "newerRecord" });
  // When the last one is gone (trashed, deleted), the newest other analysis opens instead.
  let analysis = stored?.ok ? stored.value : db ? await newestActiveAnalysis(db) : null;
  // Every tab that went away before its save landed left a copy: each is merged in.
  const rescued = id ? readRescueCopies(id) : [];
  const rescue =
    rescued.length > 0 ? await withRescues(db, analysis, rescued) : { analysis, stored: true };
  analysis = rescue.analysis;
  if (analysis) {
    return { analysis, pointer: id, newer, rescued: rescued.length, unsaved: !rescue.stored };
  }
  const now = Date.now();
  analysis = newAnalysis({
    id: state.ids.next("analysis"),
    title: await defaultTitle(db, state.language, now),
    corpusId,
    now,
  });
  return { analysis, pointer: id, newer, rescued: 0, unsaved: true };
}

/**
 * Stores what start-up chose: a new or rescued analysis, and the pointer to it (with its
 * opening time). A stored analysis opened as it is needs no write of its own.
 */
async function keepChoice(store: AppStore, db: OntrafelDb, choice: StartChoice): Promise<void> {
  const { analysis, pointer, newer, rescued, unsaved } = choice;
  try {
    if (unsaved) await saveAnalysis(db, analysis);
    if (!newer) await rememberLastOpened(db, analysis.id);
    if (pointer && rescued > 0) clearRescueCopies(pointer);
  } catch (error) {
    // Storage full: the analysis still opens; it stays in memory (and its rescue copies
    // stay) until the autosave's retry can store it.
    if (!isQuotaError(error)) throw error;
    const state = store.getState();
    state.setStorageIssue({ kind: "quota" });
    state.setSaveState({ kind: "error", message: "" });
  }
}

/**
 * The import (or the check and repair) of the stored copy of the corpus the library already
 * shows. Start-up does not wait for it: the quotes are bundled, so nothing is lost when it
 * fails; they then stay in memory (and are imported again at the next start), and storage full
 * is said as it is for the analysis.
 */
async function storeInBackground(store: AppStore, loaded: LoadedCorpus, importing: Promise<void>) {
  try {
    await importing;
  } catch (error) {
    console.warn("IndexedDB refused the corpus, keeping its quotes in memory", error);
    store.getState().corpusLoaded(loaded.corpus, loaded.quotes, false);
    if (isQuotaError(error)) store.getState().setStorageIssue({ kind: "quota" });
  }
}

/**
 * Start-up: the bundled bloemlezing and the analysis to work on. The library shows the bundled
 * quotes as soon as they are parsed, before the database answers; their stored copy (which the
 * corpora service reads) is imported in one transaction meanwhile when it is missing or
 * outdated, and otherwise checked once the page is idle. When the browser refuses storage,
 * everything is kept in memory so the app still works. Returns the open database, or null in
 * memory mode.
 */
export async function bootstrap(
  store: AppStore,
  openDb: () => OntrafelDb,
  preferredAnalysisId: string | null = null,
): Promise<OntrafelDb | null> {
  try {
    const source = seedCorpusSource();
    // Searchable at once: the library does not wait for the database, the analysis or the
    // canvas. A failure is met where the quotes are awaited.
    const parsing = parseCorpus(source).then((parsed) => {
      store.getState().corpusLoaded(parsed.corpus, parsed.quotes, false);
      return parsed;
    });
    parsing.catch(() => {});
    let db: OntrafelDb | null = null;
    let loaded: LoadedCorpus;
    let choice: StartChoice;
    // The import of a corpus that is missing or outdated: stored while the library shows it.
    let importing: Promise<void> | null = null;
    try {
      db = openDb();
      const storedVersion = await storedDatabaseVersion(db.name);
      const newer = storedVersion !== null && storedVersion > DB_VERSION;
      if (!newer) await db.open();
      if (newer || isNewerDatabase(db)) {
        // Never written to: no pointer, no seed. This tab works in memory and says why.
        store.getState().setStorageIssue({ kind: "newerDatabase" });
        db.close();
        throw new Error("database of a newer Ontrafel");
      }
      performance.mark("ontrafel:seed-import-start");
      // The stored corpus's record and the analysis are read side by side.
      const [current, parsed, chosen] = await Promise.all([
        currentCorpusRecord(db, source),
        parsing,
        chooseAnalysis(store, db, source.id, preferredAnalysisId),
      ]);
      choice = chosen;
      if (current) {
        loaded = { corpus: current, quotes: parsed.quotes, imported: false };
        importing = repairWhenIdle(db, source, parsed);
      } else {
        importing = storeParsedCorpus(db, parsed).then(() => {
          performance.measure("ontrafel:seed-import", "ontrafel:seed-import-start");
        });
        loaded = { ...parsed, imported: true };
      }
    } catch (error) {
      if (isVersionError(error)) store.getState().setStorageIssue({ kind: "newerDatabase" });
      console.warn("IndexedDB unavailable, keeping everything in memory", error);
      db = null;
      loaded = { ...(await parsing), imported: true };
      choice = await chooseAnalysis(store, null, source.id, preferredAnalysisId);
    }
    store.getState().openAnalysis(choice.analysis);
    store.getState().corpusLoaded(loaded.corpus, loaded.quotes, db !== null);
    if (importing) void storeInBackground(store, loaded, importing);
    // Stored once the workspace has what it shows; start-up is done when it is stored.
    if (db) await keepChoice(store, db, choice);
    return db;
  } catch (error) {
    store.getState().corpusFailed(error instanceof Error ? error.message : String(error));
    return null;
  }
}

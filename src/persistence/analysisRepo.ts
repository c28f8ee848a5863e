import type { Analysis } from "../domain/analysis/analysis";
import { duplicateAnalysis, retitled } from "../domain/analysis/duplicate";
import { type AnalysisReadResult, readAnalysis } from "../domain/analysis/migrations";
import type { OntrafelDb } from "./db";
import { analysisJsonRecordType } from "./records/analysisJsonRecord";
import { type AnalysisRecord, analysisRecordType, metaRecordType } from "./records/analysisRecords";
import {
  type DocumentUpdateRecord,
  documentUpdateRecordType,
} from "./records/documentUpdateRecord";
import { readStoredRecords, readStoredRow, toStoredRecord } from "./records/storedRecord";

const LAST_OPENED = "lastOpenedAnalysisId";

/**
 * The row to store for a document (its JSON goes to `analysisJson`). What the row keeps apart
 * from the document (in the trash or not, when it was last opened) comes from the row it
 * replaces; a new one counts as opened when it was made.
 */
export function recordFor(
  analysis: Analysis,
  previous: Pick<AnalysisRecord, "deletedAt" | "openedAt"> | null = null,
): AnalysisRecord & { version: number } {
  let quotes = 0;
  let clusters = 0;
  for (const node of analysis.nodes) {
    if (node.kind === "quote") quotes++;
    else if (node.kind === "cluster") clusters++;
  }
  return toStoredRecord(analysisRecordType, {
    id: analysis.id,
    title: analysis.title,
    updatedAt: analysis.updatedAt,
    openedAt: previous?.openedAt ?? analysis.updatedAt,
    deletedAt: previous?.deletedAt ?? null,
    counts: { quotes, clusters, links: analysis.edges.length },
  });
}

/** The stored row of an analysis through its reader; null when absent or unreadable. */
async function getRecord(db: OntrafelDb, id: string): Promise<AnalysisRecord | null> {
  return readStoredRow(analysisRecordType, await db.analyses.get(id), db.reportUnreadable);
}

/** The stored JSON of an analysis, unvalidated (readAnalysis checks it); null when absent. */
async function getJson(db: OntrafelDb, id: string): Promise<unknown> {
  const row = readStoredRow(
    analysisJsonRecordType,
    await db.analysisJson.get(id),
    db.reportUnreadable,
  );
  return row?.analysis ?? null;
}

/**
 * Inside a transaction on `analyses` and `analysisJson`: writes an analysis's row and JSON.
 * `add` refuses an id that is taken (a copy never replaces anything).
 */
export async function writeAnalysis(
  db: OntrafelDb,
  analysis: Analysis,
  previous: Pick<AnalysisRecord, "deletedAt" | "openedAt"> | null,
  how: "put" | "add" = "put",
): Promise<void> {
  const json = toStoredRecord(analysisJsonRecordType, { id: analysis.id, analysis });
  await db.analyses[how](recordFor(analysis, previous));
  await db.analysisJson[how](json);
}

/** A stored analysis as the overview lists it: its row and its JSON (unvalidated). */
export type ListedAnalysis = AnalysisRecord & { analysis: unknown };

/**
 * Thrown when a stored analysis that an action needs is missing or no longer valid, or was
 * written by a newer Ontrafel (`newerVersion`: its schema version), which is never changed here.
 */
export class AnalysisUnavailableError extends Error {
  constructor(
    readonly analysisId: string,
    readonly newerVersion: number | null = null,
  ) {
    super(`analysis ${analysisId} is missing or unreadable`);
    this.name = "AnalysisUnavailableError";
  }
}

/** The schema version of a stored document a newer Ontrafel wrote; null for any other. */
function newerVersionOf(json: unknown): number | null {
  if (json === null) return null;
  const read = readAnalysis(json);
  return !read.ok && read.error.kind === "tooNew" ? read.error.version : null;
}

/**
 * Saves an analysis whole, in one transaction: the stored copy is the old one or the new one,
 * never half. Its Yjs document (if it has one) is kept: the tab that opens it next writes what
 * this newer reading changed into it (bindAnalysis), so it never gets a second, unrelated
 * document that another tab's would merge with into every node twice. An open tab saves
 * through saveDocument instead.
 */
export async function saveAnalysis(db: OntrafelDb, analysis: Analysis): Promise<void> {
  await db.transaction("rw", db.analyses, db.analysisJson, async () => {
    await writeAnalysis(db, analysis, await getRecord(db, analysis.id));
  });
}

/** The stored Yjs updates of an analysis, oldest first. */
function updatesOf(db: OntrafelDb, id: string, after = -1) {
  return db.documentUpdates
    .where("[analysisId+seq]")
    .between([id, after], [id, Number.MAX_SAFE_INTEGER], false, true);
}

/** Stores one more update of an analysis's Yjs document; resolves to its `seq`. */
async function addUpdate(db: OntrafelDb, analysisId: string, update: Uint8Array): Promise<number> {
  const row = { version: documentUpdateRecordType.current, analysisId, update };
  return (await db.documentUpdates.add(row)) as number;
}

/** Reads stored update rows through their reader; unreadable ones are reported and left out. */
async function readUpdates(
  db: OntrafelDb,
  id: string,
  after = -1,
): Promise<DocumentUpdateRecord[]> {
  const rows = await updatesOf(db, id, after).toArray();
  return readStoredRecords(documentUpdateRecordType, rows, db.reportUnreadable);
}

/**
 * Reads an analysis back through the same checks as an imported file; null when there is none.
 * An analysis in the trash counts as absent, so neither a deep link nor start-up opens it.
 */
export async function loadAnalysis(db: OntrafelDb, id: string): Promise<AnalysisReadResult | null> {
  return db.transaction("r", db.analyses, db.analysisJson, async () => {
    const record = await getRecord(db, id);
    const json = record && record.deletedAt === null ? await getJson(db, id) : null;
    return json === null ? null : readAnalysis(json);
  });
}

/**
 * Every stored analysis's row, without its JSON (titles, counts, trash marks), trashed ones
 * included, most recently edited first.
 */
export async function listAnalysisRows(db: OntrafelDb): Promise<AnalysisRecord[]> {
  const rows = await db.analyses.orderBy("updatedAt").reverse().toArray();
  return readStoredRecords(analysisRecordType, rows, db.reportUnreadable);
}

/** Every stored analysis with its JSON, trashed ones included, most recently edited first. */
export async function listAnalyses(db: OntrafelDb): Promise<ListedAnalysis[]> {
  return db.transaction("r", db.analyses, db.analysisJson, async () => {
    const records = await listAnalysisRows(db);
    const json = await db.analysisJson.bulkGet(records.map((record) => record.id));
    return records.map((record, i) => {
      const stored = readStoredRow(analysisJsonRecordType, json[i], db.reportUnreadable);
      return { ...record, analysis: stored?.analysis ?? null };
    });
  });
}

/** The most recently edited analysis that is not in the trash and still reads, if any. */
export async function newestActiveAnalysis(db: OntrafelDb): Promise<Analysis | null> {
  return db.transaction("r", db.analyses, db.analysisJson, async () => {
    for (const record of await listAnalysisRows(db)) {
      if (record.deletedAt !== null) continue;
      const read = readAnalysis(await getJson(db, record.id));
      if (read.ok) return read.value;
    }
    return null;
  });
}

/** Inside a transaction: the stored document of `id`, validated, or an error that aborts it. */
async function readStored(db: OntrafelDb, id: string): Promise<[AnalysisRecord, Analysis]> {
  const record = await getRecord(db, id);
  const json = record ? await getJson(db, id) : null;
  const read = json === null ? null : readAnalysis(json);
  if (!record || !read?.ok) throw new AnalysisUnavailableError(id, newerVersionOf(json));
  return [record, read.value];
}

/**
 * Gives a stored analysis a new title, in the record and in the document, as one write.
 * `retitle` turns its Yjs document's updates into the update that makes the same change (a lazy
 * chunk holds Yjs), stored with them; without it only the reading changes (see saveAnalysis).
 */
export async function renameAnalysis(
  db: OntrafelDb,
  id: string,
  title: string,
  now = Date.now(),
  retitle?: (updates: Uint8Array[], renamed: Analysis) => Uint8Array,
): Promise<Analysis> {
  return db.transaction("rw", db.analyses, db.analysisJson, db.documentUpdates, async () => {
    const [record, analysis] = await readStored(db, id);
    const renamed = retitled(analysis, title, now);
    const updates = (await readUpdates(db, id)).map((row) => row.update);
    if (updates.length > 0 && retitle) await addUpdate(db, id, retitle(updates, renamed));
    await writeAnalysis(db, renamed, record);
    return renamed;
  });
}

/**
 * Stores a copy of an analysis under `newId`; `titleFor` turns the original's title into the
 * copy's (the catalogue's "(kopie)" wording lives in the UI). The copy is never in the trash.
 */
export async function duplicateStoredAnalysis(
  db: OntrafelDb,
  id: string,
  init: { newId: string; titleFor: (title: string) => string; now?: number },
): Promise<Analysis> {
  return db.transaction("rw", db.analyses, db.analysisJson, async () => {
    const [, analysis] = await readStored(db, id);
    const copy = duplicateAnalysis(analysis, {
      id: init.newId,
      title: init.titleFor(analysis.title),
      now: init.now ?? Date.now(),
    });
    await writeAnalysis(db, copy, null, "add");
    return copy;
  });
}

/** Inside a transaction: stops an action on a document a newer Ontrafel wrote. */
async function refuseNewer(db: OntrafelDb, id: string): Promise<void> {
  const newer = newerVersionOf(await getJson(db, id));
  if (newer !== null) throw new AnalysisUnavailableError(id, newer);
}

/** Moves an analysis to the trash: the record and its snapshots stay until the trash is emptied. */
export async function trashAnalysis(db: OntrafelDb, id: string, now = Date.now()): Promise<void> {
  await db.transaction("rw", db.analyses, db.analysisJson, async () => {
    await refuseNewer(db, id);
    const changed = await db.analyses.update(id, { deletedAt: now });
    if (changed === 0) throw new AnalysisUnavailableError(id);
  });
}

export async function restoreAnalysis(db: OntrafelDb, id: string): Promise<void> {
  await db.transaction("rw", db.analyses, db.analysisJson, async () => {
    await refuseNewer(db, id);
    const changed = await db.analyses.update(id, { deletedAt: null });
    if (changed === 0) throw new AnalysisUnavailableError(id);
  });
}

/**
 * Destroys every analysis in the trash and their snapshots, all or nothing. The only delete that
 * cannot be undone, so the UI asks first. Returns how many analyses were removed.
 */
export async function emptyTrash(db: OntrafelDb): Promise<number> {
  const tables = [db.analyses, db.analysisJson, db.snapshots, db.documentUpdates];
  return db.transaction("rw", tables, async () => {
    // IndexedDB leaves null out of an index, so the index holds exactly the trashed records.
    const ids = (await db.analyses.where("deletedAt").aboveOrEqual(0).primaryKeys()) as string[];
    await db.snapshots.where("analysisId").anyOf(ids).delete();
    for (const id of ids) await updatesOf(db, id).delete();
    await db.analysisJson.bulkDelete(ids);
    await db.analyses.bulkDelete(ids);
    return ids.length;
  });
}

/** Notes that an analysis was opened: the one to reopen at start-up, and its time for the overview. */
export async function rememberLastOpened(
  db: OntrafelDb,
  id: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction("rw", db.meta, db.analyses, async () => {
    await db.meta.put(toStoredRecord(metaRecordType, { key: LAST_OPENED, value: id }));
    // Only a row of today's version is touched; an older one gets its time when next saved.
    await db.analyses
      .where("id")
      .equals(id)
      .and((row) => row.version === analysisRecordType.current)
      .modify({ openedAt: now });
  });
}

export async function lastOpenedId(db: OntrafelDb): Promise<string | null> {
  const row = readStoredRow(metaRecordType, await db.meta.get(LAST_OPENED), db.reportUnreadable);
  return row?.value ?? null;
}

/** An analysis's Yjs document as stored: its updates, and the `seq` of the newest one. */
export interface StoredDocument {
  updates: Uint8Array[];
  lastSeq: number;
}

/** Above this many updates, opening merges them into one (`compact`). */
export const COMPACT_ABOVE = 64;

/**
 * The Yjs document of a stored analysis (in the trash or not), as its updates. An analysis that
 * has none yet (stored before Yjs documents, or written whole since) gets its first, made by
 * `make` from its JSON, in the same transaction: two tabs that open it at once get the same
 * document, never two unrelated ones (whose merge would hold every node twice). A long list is
 * merged into one update by `compact`. Null when absent or unreadable; a newer Ontrafel's row is
 * unreadable here and never written.
 */
export async function openDocument(
  db: OntrafelDb,
  id: string,
  make: (analysis: Analysis) => Uint8Array,
  compact: (updates: Uint8Array[]) => Uint8Array,
): Promise<StoredDocument | null> {
  return db.transaction("rw", db.analyses, db.analysisJson, db.documentUpdates, async () => {
    const record = await getRecord(db, id);
    if (!record) return null;
    const rows = await readUpdates(db, id);
    if (rows.length > 0 && rows.length <= COMPACT_ABOVE) {
      return { updates: rows.map((row) => row.update), lastSeq: rows.at(-1)?.seq ?? -1 };
    }
    let first: Uint8Array;
    if (rows.length > 0) {
      first = compact(rows.map((row) => row.update));
      await updatesOf(db, id).delete();
    } else {
      const read = readAnalysis(await getJson(db, id));
      if (!read.ok) return null;
      first = make(read.value);
    }
    return { updates: [first], lastSeq: await addUpdate(db, id, first) };
  });
}

/**
 * Saves an open analysis in one transaction, so the stored copy is the old one or the new one,
 * never half. `write` is handed the updates other tabs stored after `since` (the newest this tab
 * has read or written) to merge in, and returns the document's JSON reading and this tab's
 * change since its last save (null when none); it runs inside the transaction and must not wait
 * on anything. Returns the `seq` this tab has now read or written up to.
 */
export async function saveDocument(
  db: OntrafelDb,
  id: string,
  since: number,
  write: (newer: Uint8Array[]) => { analysis: Analysis; update: Uint8Array | null },
): Promise<number> {
  return db.transaction("rw", db.analyses, db.analysisJson, db.documentUpdates, async () => {
    const record = await getRecord(db, id);
    const newer = await readUpdates(db, id, since);
    const { analysis, update } = write(newer.map((row) => row.update));
    let last = newer.at(-1)?.seq ?? since;
    if (update) last = await addUpdate(db, id, update);
    await writeAnalysis(db, analysis, record);
    return last;
  });
}

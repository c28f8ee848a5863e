import * as Y from "yjs";
import type { Analysis } from "../../domain/analysis/analysis";
import { type AnalysisReadResult, readAnalysis } from "../../domain/analysis/migrations";
import { ok } from "../../domain/result";
import { repairReferences } from "../repair";

/*
 * An analysis as a Yjs document, for sharing it (issue 20). The shape:
 *   map   "analysis"      schemaVersion, id, title, createdAt, updatedAt, corpusId, viewport
 *   array "nodes", "edges", "votingRounds"      one Y.Map per item, in the analysis' order
 *   map   "goalTree"      arrays "goals", "links", "actions" of Y.Maps; empty when there is none
 *   map   "coveredQuotes" covered quote id → the quote covering it (one key per mark)
 * Each item's fields are plain values, so two people changing different fields of one node, or
 * different nodes, both keep their change; the same field is last-writer-wins. A voting round's
 * `votes` is a map of its own, so dots on different nodes merge; so is `ballots`, each
 * participant's dots one value in it (only they change it), so participants voting at once all count.
 * Written with `writeAnalysis` (only what differs), read with `analysisOfYDoc` (migrated and
 * validated like any stored analysis, so a peer's bad data never reaches the store, and repaired
 * like an import: a link, card or dot left pointing at a node someone else deleted meanwhile is
 * dropped or let go, so every peer reads the same whole analysis).
 */

type Json = unknown;
type Entity = { id: string } & Record<string, Json>;

const META_FIELDS = [
  "schemaVersion",
  "id",
  "title",
  "createdAt",
  "updatedAt",
  "corpusId",
  "viewport",
] as const;
const LISTS = ["nodes", "edges", "votingRounds"] as const;
const GOAL_LISTS = ["goals", "links", "actions"] as const;
/** Fields kept as a Y.Map of their own (merged key by key). */
const MAP_FIELDS: ReadonlySet<string> = new Set(["votes", "ballots"]);

/** Deep equality of JSON values (object key order and undefined fields ignored). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Without building entry lists: this runs for every field of every item on every edit.
  const aRecord = a as Record<string, Json>;
  const bRecord = b as Record<string, Json>;
  let aCount = 0;
  for (const key in aRecord) {
    const value = aRecord[key];
    if (value === undefined) continue;
    aCount++;
    if (!sameJson(value, bRecord[key])) return false;
  }
  let bCount = 0;
  for (const key in bRecord) if (bRecord[key] !== undefined) bCount++;
  return aCount === bCount;
}

/**
 * A copy Yjs can store: plain objects and arrays only (Yjs refuses objects without Object's
 * prototype), fields that are undefined left out.
 */
function plain(value: Json): Json {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    definedEntries(value as Record<string, Json>).map(([k, v]) => [k, plain(v)]),
  );
}

function definedEntries(value: Record<string, Json>): [string, Json][] {
  return Object.entries(value).filter(([, field]) => field !== undefined);
}

/** Makes `target` hold exactly the fields of `value`, setting only those that differ. */
function writeFields(target: Y.Map<Json>, value: Record<string, Json>): void {
  const entries = definedEntries(value);
  const keys = new Set(entries.map(([key]) => key));
  for (const key of [...target.keys()]) if (!keys.has(key)) target.delete(key);
  for (const [key, field] of entries) {
    if (MAP_FIELDS.has(key) && typeof field === "object" && field !== null) {
      let nested = target.get(key);
      if (!(nested instanceof Y.Map)) {
        nested = new Y.Map<Json>();
        target.set(key, nested);
      }
      writeFields(nested as Y.Map<Json>, field as Record<string, Json>);
    } else if (!sameJson(target.get(key), field)) {
      target.set(key, plain(field));
    }
  }
}

function itemMap(value: Entity): Y.Map<Json> {
  const map = new Y.Map<Json>();
  // Filled before it joins the document: Yjs keeps the entries until it is inserted.
  for (const [key, field] of definedEntries(value)) {
    if (MAP_FIELDS.has(key) && typeof field === "object" && field !== null) {
      const entries = definedEntries(field as Record<string, Json>);
      map.set(key, new Y.Map<Json>(entries.map(([k, v]) => [k, plain(v)])));
    } else {
      map.set(key, plain(field));
    }
  }
  return map;
}

const idOf = (map: Y.Map<Json>) => map.get("id");

/**
 * The item each Y.Map last got from this device's store. The store changes items immutably, so
 * an item that is the very object written last time has not changed here and is not compared
 * field by field again (a 2,000-card analysis: most of an edit's cost). A colleague's change
 * reaches the store as new objects, which are compared in full once.
 */
const lastWritten = new WeakMap<Y.Map<Json>, Entity>();

/**
 * Makes the array hold `items` in order: removes items whose id is gone, inserts new ones, and
 * updates the fields of those that stay. An item that changed place is removed and inserted
 * again (rare: nothing in Ontrafel reorders nodes today).
 */
function writeList(list: Y.Array<Y.Map<Json>>, items: readonly Entity[]): void {
  const wanted = new Set(items.map((item) => item.id));
  const seen = new Set<unknown>();
  const current = list.toArray();
  for (let index = current.length - 1; index >= 0; index--) {
    const id = idOf(current[index] as Y.Map<Json>);
    if (!wanted.has(id as string) || seen.has(id)) list.delete(index, 1);
    seen.add(id);
  }
  // The array's maps, kept in step with every insert and delete below (Y.Array.get walks).
  const maps = list.toArray();
  items.forEach((item, index) => {
    const present = maps[index];
    if (present && idOf(present) === item.id) {
      if (lastWritten.get(present) === item) return;
      writeFields(present, item);
      lastWritten.set(present, item);
      return;
    }
    const later = maps.findIndex((map, at) => at > index && idOf(map) === item.id);
    if (later >= 0) {
      list.delete(later, 1);
      maps.splice(later, 1);
    }
    const map = itemMap(item);
    list.insert(index, [map]);
    maps.splice(index, 0, map);
    lastWritten.set(map, item);
  });
  if (list.length > items.length) list.delete(items.length, list.length - items.length);
}

function readFields(map: Y.Map<Json>): Record<string, Json> {
  const value: Record<string, Json> = {};
  for (const [key, field] of map.entries()) {
    value[key] = field instanceof Y.Map ? readFields(field as Y.Map<Json>) : field;
  }
  return value;
}

const readList = (list: Y.Array<Y.Map<Json>>) => list.toArray().map(readFields);

const listOf = (doc: Y.Doc, name: string) => doc.getArray<Y.Map<Json>>(name);

/**
 * Writes `analysis` into `doc` in one transaction, changing only what differs from what the
 * document holds. `origin` marks the transaction (the undo manager tracks the local one).
 */
export function writeAnalysis(doc: Y.Doc, analysis: Analysis, origin: unknown = null): void {
  doc.transact(() => {
    const meta = doc.getMap<Json>("analysis");
    writeFields(
      meta,
      Object.fromEntries(META_FIELDS.map((field) => [field, analysis[field]])) as Record<
        string,
        Json
      >,
    );
    for (const name of LISTS) writeList(listOf(doc, name), analysis[name] as Entity[]);
    writeFields(doc.getMap<Json>("coveredQuotes"), analysis.coveredQuotes);
    const goalTree = doc.getMap<Y.Array<Y.Map<Json>>>("goalTree");
    if (!analysis.goalTree) {
      for (const key of [...goalTree.keys()]) goalTree.delete(key);
      return;
    }
    for (const name of GOAL_LISTS) {
      let list = goalTree.get(name);
      if (!(list instanceof Y.Array)) {
        list = new Y.Array<Y.Map<Json>>();
        goalTree.set(name, list);
      }
      writeList(list, analysis.goalTree[name] as Entity[]);
    }
  }, origin);
}

/** A new Yjs document holding `analysis`. */
export function yDocOfAnalysis(analysis: Analysis): Y.Doc {
  const doc = new Y.Doc();
  writeAnalysis(doc, analysis);
  return doc;
}

/** The analysis a Yjs document holds, migrated and validated like a stored one. */
export function analysisOfYDoc(doc: Y.Doc): AnalysisReadResult {
  const raw: Record<string, Json> = readFields(doc.getMap<Json>("analysis"));
  for (const name of LISTS) raw[name] = readList(listOf(doc, name));
  raw.coveredQuotes = readFields(doc.getMap<Json>("coveredQuotes"));
  const goalTree = doc.getMap<Y.Array<Y.Map<Json>>>("goalTree");
  if (goalTree.size > 0) {
    raw.goalTree = Object.fromEntries(
      GOAL_LISTS.map((name) => {
        const list = goalTree.get(name);
        return [name, list instanceof Y.Array ? readList(list) : []];
      }),
    );
  }
  const read = readAnalysis(raw);
  return read.ok ? ok(repairReferences(read.value).analysis) : read;
}

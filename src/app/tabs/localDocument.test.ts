import { afterEach, describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { databasePerTest } from "../../../tests/helpers/databasePerTest";
import { fakeBus } from "../../../tests/helpers/fakeBus";
import type { Analysis } from "../../domain/analysis/analysis";
import { setLabel } from "../../domain/analysis/operations";
import { loadAnalysis, saveAnalysis } from "../../persistence/analysisRepo";
import type { RelayChannel } from "../../services/sync/tabRelay";
import { createAppStore } from "../../state/createAppStore";
import { type LocalDocument, openLocalDocument } from "./localDocument";

const db = databasePerTest("local-document");
const opened: LocalDocument[] = [];
// Before the database is deleted (databasePerTest).
afterEach(() => {
  for (const document of opened.splice(0)) document.stop();
});

const start = makeAnalysis([factor("a", null, "A"), factor("b", null, "B")]);

/** A tab: its own store on the shared database, its document open, on `channel`. */
async function tab(channel: RelayChannel | null, analysis: Analysis = start) {
  const store = createAppStore();
  store.getState().openAnalysis(analysis);
  const document = await openLocalDocument(
    store,
    db(),
    store.getState().analysis,
    () => true,
    channel,
  );
  if (!document) throw new Error("no document");
  opened.push(document);
  const state = () => store.getState();
  const labels = () => state().analysis.nodes.map((n) => ("label" in n ? n.label : n.id));
  const relabel = (id: string, label: string) => state().change((a) => setLabel(a, id, label));
  const add = (id: string, label: string) =>
    state().change((a) => ({ ...a, nodes: [...a.nodes, factor(id, null, label)] }));
  const save = () => document.save(state().analysis);
  return { store, document, state, labels, relabel, add, save };
}

/** Until `check` holds: messages between tabs arrive in later tasks. */
async function eventually(check: () => void) {
  for (let attempt = 0; ; attempt++) {
    try {
      check();
      return;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

const storedLabels = async () => {
  const read = await loadAnalysis(db(), start.id);
  if (!read?.ok) throw new Error("not stored");
  return read.value.nodes.map((n) => ("label" in n ? n.label : n.id));
};

describe("an analysis as a Yjs document in its stored row, tabs in step", () => {
  it("shows each tab's edit in the other at once, as no undo step there", async () => {
    await saveAnalysis(db(), start);
    const bus = fakeBus<Uint8Array>();
    const one = await tab(bus());
    const two = await tab(bus());
    one.relabel("a", "van tab een");
    await eventually(() => expect(two.labels()).toEqual(["van tab een", "B"]));
    expect(two.state().undoControl?.canUndo).toBe(false);
    expect(one.state().undoControl?.canUndo).toBe(true);
    two.relabel("b", "van tab twee");
    await eventually(() => expect(one.labels()).toEqual(["van tab een", "van tab twee"]));
  });

  it("fifty interleaved edits in each of two tabs: both tabs and the stored row hold all of them", async () => {
    await saveAnalysis(db(), start);
    const bus = fakeBus<Uint8Array>();
    const one = await tab(bus());
    const two = await tab(bus());
    for (let i = 0; i < 50; i++) {
      one.add(`een-${i}`, `een ${i}`);
      two.add(`twee-${i}`, `twee ${i}`);
      // Both change the same node too: one of the two wins, the same in both tabs.
      one.relabel("a", `a door een ${i}`);
      two.relabel("a", `a door twee ${i}`);
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await eventually(() => expect(one.state().analysis.nodes).toHaveLength(102));
    await eventually(() => expect(two.labels()).toEqual(one.labels()));
    await one.save();
    await two.save();
    const added = (await storedLabels()).filter((label) => /^(een|twee) /.test(label));
    expect(added).toHaveLength(100);
    expect(new Set(added).size).toBe(100);
    expect(await storedLabels()).toEqual(one.labels());
  });

  it("a tab that missed the other's messages merges the stored row when it saves: nothing lost", async () => {
    await saveAnalysis(db(), start);
    const one = await tab(null);
    const two = await tab(null);
    one.relabel("a", "van tab een");
    await one.save();
    two.relabel("b", "van tab twee");
    await two.save();
    expect(await storedLabels()).toEqual(["van tab een", "van tab twee"]);
    expect(two.labels()).toEqual(["van tab een", "van tab twee"]);
    await one.save();
    expect(one.labels()).toEqual(["van tab een", "van tab twee"]);
  });

  it("undo in one tab takes back its own edit, never the other tab's", async () => {
    await saveAnalysis(db(), start);
    const bus = fakeBus<Uint8Array>();
    const one = await tab(bus());
    const two = await tab(bus());
    one.relabel("a", "van tab een");
    await eventually(() => expect(two.labels()[0]).toBe("van tab een"));
    two.relabel("b", "van tab twee");
    await eventually(() => expect(one.labels()[1]).toBe("van tab twee"));
    one.state().undo();
    expect(one.labels()).toEqual(["A", "van tab twee"]);
    await eventually(() => expect(two.labels()).toEqual(["A", "van tab twee"]));
  });

  it("an analysis stored before Yjs documents opens as one document, even in two tabs at once", async () => {
    // Stored as database version 3 left it, or as an import writes it: no document updates.
    await saveAnalysis(db(), start);
    const bus = fakeBus<Uint8Array>();
    const [one, two] = await Promise.all([tab(bus()), tab(bus())]);
    one.relabel("a", "na de omzetting");
    await eventually(() => expect(two.labels()).toEqual(["na de omzetting", "B"]));
    await one.save();
    await two.save();
    // Two unrelated documents would merge into every node twice.
    expect(await storedLabels()).toEqual(["na de omzetting", "B"]);
  });

  it("a tab that read the row before another tab stored a change shows that change, and keeps it", async () => {
    await saveAnalysis(db(), start);
    const two = await tab(null);
    two.relabel("b", "van tab twee");
    await two.save();
    // Tab one read the row (the JSON) before that save, and opens its document after it.
    const one = await tab(null, start);
    expect(one.labels()).toEqual(["A", "van tab twee"]);
    one.relabel("a", "van tab een");
    await one.save();
    expect(await storedLabels()).toEqual(["van tab een", "van tab twee"]);
  });

  it("stores a rescued edit that the store shows but the stored document lacks", async () => {
    await saveAnalysis(db(), start);
    await tab(null);
    // Start-up could not store the rescue copy (storage full): the store shows it, newer.
    const rescued = { ...setLabel(start, "a", "gered"), updatedAt: start.updatedAt + 50 };
    const one = await tab(null, rescued);
    expect(one.labels()).toEqual(["gered", "B"]);
    await one.save();
    expect(await storedLabels()).toEqual(["gered", "B"]);
  });

  it("a save while a field is being edited stores the text typed so far, and a reload shows it", async () => {
    await saveAnalysis(db(), start);
    const one = await tab(null);
    one.state().beginFieldEdit();
    one.relabel("a", "half getypt");
    await one.save();
    one.document.stop();
    opened.splice(opened.indexOf(one.document), 1);
    // The page goes away with the field still open; the next one reads the row, then binds.
    const read = await loadAnalysis(db(), start.id);
    if (!read?.ok) throw new Error("not stored");
    const again = await tab(null, read.value);
    expect(again.labels()).toEqual(["half getypt", "B"]);
    again.relabel("b", "daarna");
    await again.save();
    expect(await storedLabels()).toEqual(["half getypt", "daarna"]);
  });

  it("a reading written whole since (newer) is written into the same document: shown in every tab, no node twice", async () => {
    await saveAnalysis(db(), start);
    const bus = fakeBus<Uint8Array>();
    const two = await tab(bus());
    // Written whole from elsewhere (a shared analysis's reading, storage written again).
    const whole = { ...setLabel(start, "a", "heel geschreven"), updatedAt: start.updatedAt + 100 };
    await saveAnalysis(db(), whole);
    const read = await loadAnalysis(db(), start.id);
    if (!read?.ok) throw new Error("not stored");
    const one = await tab(bus(), read.value);
    expect(one.labels()).toEqual(["heel geschreven", "B"]);
    await eventually(() => expect(two.labels()).toEqual(["heel geschreven", "B"]));
    await one.save();
    await two.save();
    expect(await storedLabels()).toEqual(["heel geschreven", "B"]);
  });

  it("keeps an edit made while the document was being opened", async () => {
    await saveAnalysis(db(), start);
    const store = createAppStore();
    store.getState().openAnalysis(start);
    const shown = store.getState().analysis;
    const opening = openLocalDocument(store, db(), shown, () => true, null);
    store.getState().change((a) => setLabel(a, "a", "vroeg"));
    const document = await opening;
    if (!document) throw new Error("no document");
    opened.push(document);
    await document.save(store.getState().analysis);
    expect(await storedLabels()).toEqual(["vroeg", "B"]);
  });
});

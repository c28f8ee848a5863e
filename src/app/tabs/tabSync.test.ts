import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { fakeBus as fakeChannels } from "../../../tests/helpers/fakeBus";
import type { Analysis } from "../../domain/analysis/analysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { setLabel } from "../../domain/analysis/operations";
import { saveAnalysis } from "../../persistence/analysisRepo";
import { OntrafelDb } from "../../persistence/db";
import type { SavedMessage, TabChannel } from "../../services/tabChannel";
import { createAppStore } from "../../state/createAppStore";
import { startAutosave } from "../autosave";
import { startTabSync } from "./tabSync";

const fakeBus = () => fakeChannels<Parameters<TabChannel["postMessage"]>[0]>();

let name: string;
let n = 0;
const initial = makeAnalysis([factor("a", null, "A"), factor("b", null, "B")]);
const opened: Array<() => void> = [];

beforeEach(async () => {
  name = `tab-sync-${++n}`;
  const db = new OntrafelDb(name);
  await saveAnalysis(db, initial);
  db.close();
  // Debounces, throttles and the fake channel run on timers the tests advance; IndexedDB
  // (fake-indexeddb schedules with setImmediate) keeps running on its own.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(async () => {
  vi.useRealTimers();
  for (const close of opened.splice(0)) close();
  await new OntrafelDb(name).delete();
});

function openTab(channel: TabChannel | null) {
  const store = createAppStore();
  store.getState().openAnalysis(initial);
  const db = new OntrafelDb(name);
  const sync = startTabSync(store, db, channel);
  const save = vi.fn(sync.save);
  const autosave = startAutosave(store, save, 10, sync.isStored);
  opened.push(() => {
    autosave.stop();
    sync.stop();
    db.close();
  });
  const label = (id: string) => {
    const node = store.getState().analysis.nodes.find((x) => x.id === id);
    return node?.kind === "factor" ? node.label : undefined;
  };
  const edit = (id: string, text: string) =>
    store.getState().change((a: Analysis) => setLabel(a, id, text));
  return { store, db, save, autosave, sync, label, edit };
}

async function storedLabels(db: OntrafelDb) {
  const record = await db.analyses.get(initial.id);
  const result = readAnalysis(record?.analysis);
  if (!result.ok) throw new Error("unreadable");
  return result.value.nodes.map((x) => (x.kind === "factor" ? x.label : x.id));
}

describe("tab sync", () => {
  it("shows an edit saved in one tab in the other, without an undo step or a second save", async () => {
    const bus = fakeBus();
    const a = openTab(bus());
    const b = openTab(bus());
    a.edit("a", "uit tab A");
    await vi.waitFor(() => expect(b.label("a")).toBe("uit tab A"));
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(b.save).not.toHaveBeenCalled();
    expect(a.save).toHaveBeenCalledTimes(1);
  });

  it("keeps both tabs' edits when they edit at the same time", async () => {
    const bus = fakeBus();
    const a = openTab(bus());
    const b = openTab(bus());
    a.edit("a", "A2");
    b.edit("b", "B2");
    await vi.waitFor(async () => {
      expect([a.label("a"), a.label("b")]).toEqual(["A2", "B2"]);
      expect([b.label("a"), b.label("b")]).toEqual(["A2", "B2"]);
      expect(await storedLabels(a.db)).toEqual(["A2", "B2"]);
    });
  });

  it("never overwrites another tab's save, even when the message never arrives", async () => {
    const a = openTab(null);
    const b = openTab(null);
    a.edit("a", "A2");
    await a.autosave.flush();
    b.edit("b", "B2");
    await b.autosave.flush();
    expect(await storedLabels(a.db)).toEqual(["A2", "B2"]);
    // The saving tab now shows the other tab's edit too.
    expect(b.label("a")).toBe("A2");
  });

  it("merges another tab's save into unsaved edits at once, and stores the merge", async () => {
    const bus = fakeBus();
    const a = openTab(bus());
    const b = openTab(bus());
    b.autosave.stop(); // b's edit stays unsaved while a's arrives
    b.edit("b", "B2");
    a.edit("a", "A2");
    await a.autosave.flush();
    await vi.waitFor(() => expect(b.label("a")).toBe("A2"));
    expect(b.label("b")).toBe("B2");
    await b.sync.save(b.store.getState().analysis);
    expect(await storedLabels(a.db)).toEqual(["A2", "B2"]);
  });

  it("shows an edit in the other tab at once, before it is saved, and saves it only once", async () => {
    const bus = fakeBus();
    const a = openTab(bus());
    const b = openTab(bus());
    a.autosave.stop(); // nothing is saved: only the live message can carry the edit
    a.edit("a", "live uit A");
    await vi.waitFor(() => expect(b.label("a")).toBe("live uit A"));
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(50);
    expect(b.save).not.toHaveBeenCalled();
    expect(await storedLabels(a.db)).toEqual(["A", "B"]);
  });

  it("keeps the other tab's later text for a node it first saw live, when both saved", async () => {
    const bus = fakeBus();
    const a = openTab(bus());
    const b = openTab(bus());
    a.autosave.stop();
    // A adds a node and B sees it live, then A names it and saves, while B edits elsewhere.
    a.store
      .getState()
      .change((x: Analysis) => ({ ...x, nodes: [...x.nodes, factor("c", null, "")] }));
    await vi.waitFor(() => expect(b.label("c")).toBe(""));
    b.autosave.stop();
    b.edit("b", "B2");
    a.edit("c", "Oorzaak hier");
    await a.sync.save(a.store.getState().analysis);
    await b.sync.save(b.store.getState().analysis);
    expect(await storedLabels(a.db)).toEqual(["A", "B2", "Oorzaak hier"]);
  });
});

describe("tab sync: live copies", () => {
  it("never applies a live copy built before this tab's last save: that would drop the saved edit", async () => {
    const bus = fakeBus();
    const b = openTab(bus());
    // Another tab, driven by hand: it has not seen B's save when it sends its copies.
    const other = bus();
    const send = (message: unknown) => other.postMessage(message as SavedMessage);
    send({ type: "hello" });
    b.edit("b", "van B");
    await vi.waitFor(() => expect(b.save).toHaveBeenCalled());
    await b.save.mock.results[0]?.value;

    const stale = { ...setLabel(initial, "a", "van A"), updatedAt: Date.now() + 1000 };
    send({ type: "live", analysis: stale, storedAt: initial.updatedAt });
    await vi.advanceTimersByTimeAsync(20);
    await b.sync.idle();
    expect(b.label("b")).toBe("van B");
    expect(b.label("a")).toBe("A");

    // The same edit made on top of B's save is shown at once.
    const fresh = {
      ...setLabel(b.store.getState().analysis, "a", "van A"),
      updatedAt: Date.now() + 2000,
    };
    send({ type: "live", analysis: fresh, storedAt: Date.now() + 1500 });
    await vi.waitFor(() => expect(b.label("a")).toBe("van A"));
    expect(b.label("b")).toBe("van B");
  });

  /** A channel that records what it sends and reaches nobody, until another member joins. */
  function recordingBus() {
    const bus = fakeBus();
    const sent: string[] = [];
    const member = (): TabChannel => {
      const channel = bus();
      return {
        ...channel,
        postMessage(message) {
          sent.push(message.type);
          channel.postMessage(message as SavedMessage);
        },
      };
    };
    return { member, sent };
  }

  it("sends no live copy while no other tab listens, and sends the held-back edit when one opens", async () => {
    const { member, sent } = recordingBus();
    const a = openTab(member());
    a.autosave.stop();
    a.edit("a", "alleen hier");
    await vi.advanceTimersByTimeAsync(150);
    expect(sent.filter((type) => type === "live")).toEqual([]);

    const b = openTab(member());
    await vi.waitFor(() => expect(b.label("a")).toBe("alleen hier"));
    expect(sent).toContain("live");
  });
});

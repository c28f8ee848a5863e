import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { factor, makeAnalysis } from "../../tests/helpers/analysisFactory";
import type { Analysis } from "../domain/analysis/analysis";
import { setLabel } from "../domain/analysis/operations";
import { createAppStore } from "../state/createAppStore";
import { RETRY_FIRST_MS, RETRY_MAX_MS, startAutosave } from "./autosave";
import { readRescueCopies, writeRescueCopy } from "./rescue";

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

function setup(save: (a: Analysis) => Promise<void>) {
  const store = createAppStore();
  store.getState().openAnalysis(makeAnalysis([factor("f")]));
  const autosave = startAutosave(store, save, 400);
  const edit = (label: string) => store.getState().change((a) => setLabel(a, "f", label));
  return { store, autosave, edit };
}

describe("autosave", () => {
  it("writes once after a burst of edits, within the delay, and reports saved", async () => {
    const save = vi.fn(async (_analysis: Analysis) => {});
    const { store, edit, autosave } = setup(save);
    edit("a");
    edit("ab");
    edit("abc");
    expect(store.getState().saveState.kind).toBe("pending");
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toBe(store.getState().analysis);
    expect(store.getState().saveState.kind).toBe("saved");
    autosave.stop();
  });

  it("does not save when an analysis is merely opened", async () => {
    const save = vi.fn(async () => {});
    const { store, autosave } = setup(save);
    store.getState().openAnalysis({ ...makeAnalysis([factor("g")]), id: "another" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    autosave.stop();
  });

  it("shows an error, keeps the edit and saves it on the next try", async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const { store, edit, autosave } = setup(save);
    edit("x");
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().saveState).toMatchObject({ kind: "error" });
    fail = false;
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(store.getState().saveState.kind).toBe("saved");
    autosave.stop();
  });

  it("tries a failed save again by itself, less often each time, until storage has room", async () => {
    let full = true;
    const stored: string[] = [];
    const save = vi.fn(async (analysis: Analysis) => {
      if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      const node = analysis.nodes[0];
      stored.push(node?.kind === "factor" ? node.label : "");
    });
    const { store, edit, autosave } = setup(save);
    edit("één edit, geen tweede");
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(store.getState().storageIssue).toEqual({ kind: "quota" });
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(save).toHaveBeenCalledTimes(2); // the next wait is twice as long
    full = false;
    await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
    expect(save).toHaveBeenCalledTimes(3);
    expect(stored).toEqual(["één edit, geen tweede"]);
    expect(store.getState().saveState.kind).toBe("saved");
    expect(store.getState().storageIssue).toBeNull();
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS * 2);
    expect(save).toHaveBeenCalledTimes(3);
    autosave.stop();
  });

  it("stores what start-up could not without an edit, retries when the tab gets the focus, then drops the earlier pages' rescue copies", async () => {
    let full = true;
    const save = vi.fn(async (_analysis: Analysis) => {
      if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const { store, autosave } = setup(save);
    const open = store.getState().analysis;
    writeRescueCopy(open, null, "an-earlier-page");
    await autosave.resave();
    expect(save).toHaveBeenCalledTimes(1);
    expect(store.getState().saveState.kind).toBe("error");
    full = false;
    window.dispatchEvent(new Event("focus"));
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toBe(open);
    expect(store.getState().saveState.kind).toBe("saved");
    expect(readRescueCopies(open.id)).toEqual([]);
    autosave.stop();
  });

  it("on pagehide writes a rescue copy at once and flushes", async () => {
    const save = vi.fn(() => new Promise<void>(() => {})); // never finishes, like an unload
    const { store, edit, autosave } = setup(save);
    edit("laatste woord");
    window.dispatchEvent(new Event("pagehide"));
    expect(readRescueCopies(store.getState().analysis.id)[0]?.analysis).toEqual(
      store.getState().analysis,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.stop();
  });

  it("on pagehide also rescues an edit whose write is still under way", async () => {
    const save = vi.fn(() => new Promise<void>(() => {})); // started, never finishes
    const { store, edit, autosave } = setup(save);
    edit("bijna opgeslagen");
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event("pagehide"));
    expect(readRescueCopies(store.getState().analysis.id)[0]?.analysis).toEqual(
      store.getState().analysis,
    );
    autosave.stop();
  });
});

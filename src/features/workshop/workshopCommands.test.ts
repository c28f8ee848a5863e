import { describe, expect, it, vi } from "vitest";
import { factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { boundStore } from "../../../tests/helpers/boundStore";
import type { AnalysisNode } from "../../domain/analysis/analysis";
import { countingIds } from "../../domain/analysis/ids";
import { removeElements } from "../../domain/analysis/operations";
import { createWorkshopCommands, remainingMs } from "./workshopCommands";

const at = (node: AnalysisNode, x: number, y: number): AnalysisNode => ({
  ...node,
  position: { x, y },
});

async function setup(analysis = makeAnalysis([at(factor("p", "problem", "Kern"), 0, 0)])) {
  let clock = 1_000;
  const now = () => clock;
  const { store, settled } = await boundStore(analysis, { ids: countingIds(), now: () => ++clock });
  const show = vi.fn();
  const commands = createWorkshopCommands(store, { show }, now);
  const tick = (ms: number) => {
    clock += ms;
  };
  const labels = () =>
    store.getState().analysis.nodes.map((n) => (n.kind === "factor" ? n.label : n.id));
  return { store, settled, commands, show, tick, labels, now };
}

describe("quick capture through the store", () => {
  it("captures causes for the selected node, each one undo step, and redoes them", async () => {
    const { store, settled, commands, show, labels } = await setup();
    store.getState().select(["p"]);
    const first = commands.capture("Een", "cause");
    await settled();
    commands.capture("Twee", "cause");
    await settled();
    commands.capture("Gevolg", "symptom");
    await settled();
    expect(labels()).toEqual(["Kern", "Een", "Twee", "Gevolg"]);
    expect(store.getState().analysis.edges).toHaveLength(3);
    // The selection stays on the node, so the next statement is captured for it too.
    expect([...store.getState().selectedNodeIds]).toEqual(["p"]);
    expect(show).toHaveBeenCalledWith(first);

    store.getState().undo();
    expect(labels()).toEqual(["Kern", "Een", "Twee"]);
    expect(store.getState().analysis.edges).toHaveLength(2);
    store.getState().undo();
    expect(labels()).toEqual(["Kern", "Een"]);
    store.getState().redo();
    store.getState().redo();
    expect(labels()).toEqual(["Kern", "Een", "Twee", "Gevolg"]);
    expect(store.getState().analysis.edges).toHaveLength(3);
  });

  it("captures nothing without a selection or without text", async () => {
    const { store, settled, commands, labels } = await setup();
    expect(commands.capture("Iets", "cause")).toBeNull();
    store.getState().select(["p"]);
    expect(commands.capture("  ", "cause")).toBeNull();
    expect(labels()).toEqual(["Kern"]);
    await settled();
    expect(store.getState().undoControl?.canUndo).toBe(false);
  });

  it("steps to siblings and up and down the tree", async () => {
    const analysis = makeAnalysis(
      [at(factor("p"), 0, 0), at(factor("a"), 0, 200), at(factor("b"), 300, 200)],
      [link("a", "p"), link("b", "p")],
    );
    const { store, commands } = await setup(analysis);
    store.getState().select(["p"]);
    expect(commands.selectInTree("cause")).toBe(true);
    expect([...store.getState().selectedNodeIds]).toEqual(["a"]);
    expect(commands.selectSibling(1)).toBe(true);
    expect([...store.getState().selectedNodeIds]).toEqual(["b"]);
    expect(commands.selectInTree("symptom")).toBe(true);
    expect([...store.getState().selectedNodeIds]).toEqual(["p"]);
    expect(commands.selectSibling(1)).toBe(false);
  });
});

describe("voting through the store", () => {
  const tree = () =>
    makeAnalysis(
      [factor("p", "problem"), factor("a", "cause"), factor("b", "cause")],
      [link("a", "p"), link("b", "p")],
    );

  it("starts a round, votes for the selection in one step, undoes and redoes", async () => {
    const { store, settled, commands } = await setup(tree());
    commands.startRound({ name: "Ronde 1", dotsPerParticipant: 3, participants: 4 });
    await settled();
    const round = () => store.getState().analysis.votingRounds[0];
    expect(round()).toMatchObject({ name: "Ronde 1", closedAt: null, votes: {} });
    store.getState().select(["a", "b"]);
    commands.voteSelected(1);
    expect(round()?.votes).toEqual({ a: 1, b: 1 });
    await settled();
    store.getState().undo();
    expect(round()?.votes).toEqual({});
    store.getState().redo();
    expect(round()?.votes).toEqual({ a: 1, b: 1 });
  });

  it("brings a deleted node's votes back when the delete is undone", async () => {
    const { store, settled, commands } = await setup(tree());
    commands.startRound({ name: "R", dotsPerParticipant: 3, participants: 4 });
    await settled();
    commands.vote("a", 1);
    await settled();
    commands.vote("a", 1);
    await settled();
    store.getState().change((a) => removeElements(a, ["a"]));
    expect(store.getState().analysis.votingRounds[0]?.votes).toEqual({});
    await settled();
    store.getState().undo();
    expect(store.getState().analysis.votingRounds[0]?.votes).toEqual({ a: 2 });
  });

  it("clears a round's votes as one step without touching the tree", async () => {
    const { store, settled, commands } = await setup(tree());
    commands.startRound({ name: "R", dotsPerParticipant: 3, participants: 4 });
    await settled();
    commands.vote("b", 1);
    await settled();
    const tree0 = store.getState().analysis;
    const roundId = tree0.votingRounds[0]?.id as string;
    commands.clearRound(roundId);
    expect(store.getState().analysis.votingRounds[0]?.votes).toEqual({});
    expect(store.getState().analysis.nodes).toBe(tree0.nodes);
    await settled();
    store.getState().undo();
    expect(store.getState().analysis.votingRounds[0]?.votes).toEqual({ b: 1 });
  });
});

describe("focus levels and the timer", () => {
  it("steps the focused chain from the whole chain down to the node and back", async () => {
    const analysis = makeAnalysis(
      [factor("p", "problem"), factor("a"), factor("b")],
      [link("b", "a"), link("a", "p")],
    );
    const { store, commands } = await setup(analysis);
    commands.toggleFocus();
    expect(store.getState().focusLevel).toBeNull();
    commands.stepFocusLevel(-1);
    expect(store.getState().focusLevel).toBe(1);
    commands.stepFocusLevel(-1);
    commands.stepFocusLevel(-1);
    expect(store.getState().focusLevel).toBe(0);
    commands.stepFocusLevel(1);
    commands.stepFocusLevel(1);
    expect(store.getState().focusLevel).toBeNull();
  });

  it("counts down, pauses and resets", async () => {
    const { store, commands, tick, now } = await setup();
    commands.resetTimer(60_000);
    commands.startTimer();
    tick(20_000);
    commands.pauseTimer();
    expect(store.getState().timer).toEqual({
      kind: "paused",
      durationMs: 60_000,
      remainingMs: 40_000,
    });
    tick(99_000);
    commands.toggleTimer();
    tick(10_000);
    expect(remainingMs(store.getState().timer, now())).toBe(30_000);
    commands.resetTimer();
    expect(store.getState().timer).toEqual({ kind: "idle", durationMs: 60_000 });
  });
});

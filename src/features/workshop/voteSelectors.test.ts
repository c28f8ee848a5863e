import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { countingIds } from "../../domain/analysis/ids";
import { castVote, closeVotingRound, startVotingRound } from "../../domain/analysis/operations";
import { createAppStore } from "../../state/createAppStore";
import { decodeVoteBadge, voteBadgeCode } from "./voteSelectors";

function storeWithVotes(votes: Record<string, number>, open = true) {
  const store = createAppStore();
  let analysis = makeAnalysis(["a", "b", "c", "d", "e"].map((id) => factor(id)));
  const started = startVotingRound(
    analysis,
    { name: "R", dotsPerParticipant: 10, participants: 10 },
    1,
    countingIds(),
  );
  analysis = started.analysis;
  for (const [id, n] of Object.entries(votes))
    for (let i = 0; i < n; i++) analysis = castVote(analysis, started.roundId, id, 1);
  if (!open) analysis = closeVotingRound(analysis, started.roundId, 2);
  store.getState().openAnalysis(analysis);
  return store;
}

const badge = (store: ReturnType<typeof createAppStore>, id: string) =>
  decodeVoteBadge(voteBadgeCode(store.getState(), id));

describe("vote badge selector", () => {
  it("shows nothing without a round", () => {
    const store = createAppStore();
    store.getState().openAnalysis(makeAnalysis([factor("a")]));
    expect(badge(store, "a")).toBeNull();
  });

  it("gives each node its dots, whether it is in the top three and whether the round is open", () => {
    const store = storeWithVotes({ a: 4, b: 3, c: 2, d: 1 });
    expect(badge(store, "a")).toEqual({ votes: 4, top: true, open: true });
    expect(badge(store, "c")).toEqual({ votes: 2, top: true, open: true });
    expect(badge(store, "d")).toEqual({ votes: 1, top: false, open: true });
    expect(badge(store, "e")).toEqual({ votes: 0, top: false, open: true });
  });

  it("keeps showing a closed round's result", () => {
    expect(badge(storeWithVotes({ a: 2 }, false), "a")).toEqual({
      votes: 2,
      top: true,
      open: false,
    });
  });

  it("is unchanged for a node when another node's dots or the selection change", () => {
    const store = storeWithVotes({ a: 1, b: 1, c: 1, d: 1 });
    const before = voteBadgeCode(store.getState(), "e");
    const round = store.getState().analysis.votingRounds[0]?.id as string;
    store.getState().change((a) => castVote(a, round, "a", 1));
    store.getState().select(["b"]);
    expect(voteBadgeCode(store.getState(), "e")).toBe(before);
  });
});

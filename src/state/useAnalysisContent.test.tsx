import { act } from "@testing-library/react";
import fc from "fast-check";
import { Profiler, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../tests/helpers/renderWithStore";
import type { Analysis, VotingRound } from "../domain/analysis/analysis";
import { moveNodes, setLabel } from "../domain/analysis/operations/edit";
import { sameApartFromPlaces, sameApartFromView } from "../domain/analysis/samePlaces";
import { ChecksPanel } from "../features/canvas/panels/ChecksPanel";
import { CoveragePanel } from "../features/canvas/panels/CoveragePanel";
import { TraceabilityPanel } from "../features/canvas/panels/TraceabilityPanel";
import { VotingRanking } from "../features/workshop/VotingRanking";

const round: VotingRound = {
  id: "r1",
  name: "Ronde 1",
  startedAt: 0,
  closedAt: null,
  dotsPerParticipant: 3,
  participants: 4,
  votes: { K: 3, F: 1 },
  ballots: {},
};

const board: Analysis = {
  ...makeAnalysis(
    [
      cluster("K", "cause", "Versnipperde zorg"),
      quoteCard("k1", "q1", { clusterId: "K" }),
      factor("F", "problem", "Slachtoffers blijven buiten beeld"),
      factor("G", null, "Los"),
    ],
    [link("K", "F")],
  ),
  votingRounds: [round],
};

const panels: [string, ReactElement][] = [
  ["ChecksPanel", <ChecksPanel key="c" />],
  ["TraceabilityPanel", <TraceabilityPanel key="t" />],
  ["CoveragePanel", <CoveragePanel key="v" />],
  ["VotingRanking", <VotingRanking key="r" round={round} />],
];

function renderCounting(ui: ReactElement) {
  let renders = 0;
  const result = renderWithStore(
    <Profiler id="panel" onRender={() => renders++}>
      {ui}
    </Profiler>,
  );
  act(() => {
    result.store.getState().openAnalysis(board);
    result.store.getState().select(["K"]);
  });
  return { ...result, renders: () => renders };
}

describe("panels that do not care where things are", () => {
  it.each(panels)("%s is not rendered again by a drag or a pan, but is by a new label", (_, ui) => {
    const { store, renders } = renderCounting(ui);
    const before = renders();
    act(() => {
      const state = store.getState();
      state.beginDrag();
      state.dragTo(new Map([["F", { x: 300, y: 40 }]]));
      state.dragTo(
        new Map([
          ["F", { x: 320, y: 60 }],
          ["G", { x: 5, y: 5 }],
        ]),
      );
      state.endDrag();
      state.setViewport({ x: -120, y: 35, zoom: 0.6 });
    });
    expect(store.getState().analysis.viewport).toEqual({ x: -120, y: 35, zoom: 0.6 });
    expect(renders()).toBe(before);
    act(() => store.getState().change((a) => setLabel(a, "K", "Zorg zonder regie")));
    expect(renders()).toBeGreaterThan(before);
  });
});

describe("sameApartFromPlaces", () => {
  const ids = ["K", "k1", "F", "G"];
  const place = fc.record({
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  });

  it("holds for any moves and any viewport", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), place)),
        fc.record({
          x: fc.integer(),
          y: fc.integer(),
          zoom: fc.double({ min: 0.05, max: 4, noNaN: true }),
        }),
        fc.nat(),
        (moves, viewport, updatedAt) => {
          const moved = { ...moveNodes(board, new Map(moves)), viewport, updatedAt };
          expect(sameApartFromPlaces(board, moved)).toBe(true);
        },
      ),
    );
  });

  it("fails for a changed label, link, vote or title, even alongside a move", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("K", "F", "G"),
        place,
        fc.string({ minLength: 1 }),
        (id, to, label) => {
          const moved = moveNodes(board, new Map([[id, to]]));
          const relabelled = setLabel(moved, id, `${label}!`);
          expect(sameApartFromPlaces(board, relabelled)).toBe(false);
        },
      ),
    );
    expect(sameApartFromPlaces(board, { ...board, edges: [...board.edges] })).toBe(false);
    expect(sameApartFromPlaces(board, { ...board, votingRounds: [] })).toBe(false);
    expect(sameApartFromPlaces(board, { ...board, title: "Anders" })).toBe(false);
  });
});

describe("sameApartFromView", () => {
  const viewport = fc.record({
    x: fc.integer(),
    y: fc.integer(),
    zoom: fc.double({ min: 0.05, max: 4, noNaN: true }),
  });

  it("holds for any viewport", () => {
    fc.assert(
      fc.property(viewport, (view) => {
        expect(sameApartFromView(board, { ...board, viewport: view })).toBe(true);
      }),
    );
  });

  it("fails for any move or edit time, even alongside a new viewport", () => {
    fc.assert(
      fc.property(
        viewport,
        fc.constantFrom("K", "F", "G"),
        fc.integer({ min: 1, max: 5000 }),
        (view, id, dx) => {
          const moved = moveNodes(board, new Map([[id, { x: dx, y: -dx }]]));
          expect(sameApartFromView(board, { ...moved, viewport: view })).toBe(false);
          expect(sameApartFromView(board, { ...board, updatedAt: board.updatedAt + dx })).toBe(
            false,
          );
        },
      ),
    );
  });
});

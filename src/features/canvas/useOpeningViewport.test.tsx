import { act } from "@testing-library/react";
import { Profiler } from "react";
import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import type { Viewport } from "../../domain/analysis/analysis";
import { useOpeningViewport } from "./useOpeningViewport";

function Probe({ seen }: { seen: Viewport[] }) {
  seen.push(useOpeningViewport());
  return null;
}

describe("useOpeningViewport", () => {
  it("is not rendered again by pans and zooms, and gives the next analysis's own viewport", () => {
    const seen: Viewport[] = [];
    let renders = 0;
    const { store } = renderWithStore(
      <Profiler id="canvas" onRender={() => renders++}>
        <Probe seen={seen} />
      </Profiler>,
    );
    act(() =>
      store.getState().openAnalysis({
        ...makeAnalysis(),
        id: "first",
        viewport: { x: 10, y: 20, zoom: 0.8 },
      }),
    );
    expect(seen.at(-1)).toEqual({ x: 10, y: 20, zoom: 0.8 });
    const before = renders;

    act(() => {
      store.getState().setViewport({ x: -300, y: 40, zoom: 0.3 });
      store.getState().setViewport({ x: -320, y: 60, zoom: 1.5 });
    });
    expect(store.getState().analysis.viewport).toEqual({ x: -320, y: 60, zoom: 1.5 });
    expect(renders).toBe(before);

    act(() =>
      store.getState().openAnalysis({
        ...makeAnalysis(),
        id: "second",
        viewport: { x: 1, y: 2, zoom: 0.5 },
      }),
    );
    expect(seen.at(-1)).toEqual({ x: 1, y: 2, zoom: 0.5 });
  });
});

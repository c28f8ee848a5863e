import { act } from "@testing-library/react";
import { Profiler } from "react";
import { describe, expect, it } from "vitest";
import { cluster, factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { setLabel } from "../../domain/analysis/operations/edit";
import type { FlowEdge, FlowNode } from "./flowTypes";
import { useFlowElements } from "./useFlowElements";

interface Seen {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

function Probe({ seen }: { seen: Seen[] }) {
  const { nodes, edges } = useFlowElements(false);
  seen.push({ nodes, edges });
  return null;
}

function renderElements() {
  const seen: Seen[] = [];
  let renders = 0;
  const result = renderWithStore(
    <Profiler id="canvas" onRender={() => renders++}>
      <Probe seen={seen} />
    </Profiler>,
  );
  act(() =>
    result.store
      .getState()
      .openAnalysis(
        makeAnalysis([cluster("K", "cause"), factor("F", "problem")], [link("K", "F")]),
      ),
  );
  return { ...result, seen, renders: () => renders };
}

describe("the canvas's nodes and links (useFlowElements)", () => {
  it("are not built or rendered again by a pan or zoom", () => {
    const { store, seen, renders } = renderElements();
    const before = renders();
    const last = seen.at(-1);
    act(() => {
      store.getState().setViewport({ x: -200, y: 50, zoom: 0.4 });
      store.getState().setViewport({ x: -260, y: 80, zoom: 1.8 });
    });
    expect(store.getState().analysis.viewport).toEqual({ x: -260, y: 80, zoom: 1.8 });
    expect(renders()).toBe(before);
    expect(seen.at(-1)).toBe(last);
  });

  it("follow a drag and an edit", () => {
    const { store, seen, renders } = renderElements();
    const before = renders();
    act(() => {
      const state = store.getState();
      state.beginDrag();
      state.dragTo(new Map([["F", { x: 333, y: 44 }]]));
      state.endDrag();
    });
    expect(renders()).toBeGreaterThan(before);
    expect(seen.at(-1)?.nodes.find((n) => n.id === "F")?.position).toEqual({ x: 333, y: 44 });

    act(() => store.getState().change((a) => setLabel(a, "K", "Zorg zonder regie")));
    const clusterNode = seen.at(-1)?.nodes.find((n) => n.id === "K");
    expect(clusterNode?.data.node).toMatchObject({ label: "Zorg zonder regie" });
  });
});

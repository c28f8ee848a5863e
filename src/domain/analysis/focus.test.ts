import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { causalChain, defaultFocusRoot } from "./focus";

// c2 → c1 → p → s, plus an unrelated x → y and a card inside cluster k (k → c1).
const analysis = makeAnalysis(
  [
    factor("p", "problem"),
    factor("c1", "cause"),
    factor("c2", "cause"),
    factor("s", "symptom"),
    factor("x"),
    factor("y"),
    cluster("k"),
    quoteCard("card", "q1", { clusterId: "k" }),
  ],
  [
    link("c2", "c1"),
    link("c1", "p"),
    link("p", "s"),
    link("x", "y"),
    link("k", "c1"),
    { ...link("y", "p"), kind: "relates" },
  ],
);

describe("causal chain", () => {
  it("holds everything upstream and downstream with its distance, nothing else", () => {
    const chain = causalChain(analysis, "c1");
    expect(Object.fromEntries(chain.distance)).toEqual({ c1: 0, c2: 1, k: 1, card: 1, p: 1, s: 2 });
    expect(chain.depth).toBe(2);
  });

  it("from a card, follows its cluster's links", () => {
    const chain = causalChain(analysis, "card");
    expect([...chain.distance.keys()].sort()).toEqual(["c1", "card", "k", "p", "s"]);
    expect(chain.distance.get("s")).toBe(3);
  });

  it("survives a cycle", () => {
    const cyclic = makeAnalysis([factor("a"), factor("b")], [link("a", "b"), link("b", "a")]);
    expect(Object.fromEntries(causalChain(cyclic, "a").distance)).toEqual({ a: 0, b: 1 });
  });

  it("starts at the core problem when nothing is chosen", () => {
    expect(defaultFocusRoot(analysis)?.id).toBe("p");
    expect(defaultFocusRoot(makeAnalysis([factor("f")]))).toBeUndefined();
  });
});

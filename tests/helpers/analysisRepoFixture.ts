import { cluster, factor, link, makeAnalysis, quoteCard } from "./analysisFactory";

/** What the repository's tests store: a cluster with a card, a problem and a link to it. */
export const storedAnalysis = makeAnalysis(
  [cluster("k", "cause"), quoteCard("c", "q1", { clusterId: "k" }), factor("p", "problem")],
  [link("k", "p")],
);

/** A second analysis, empty and edited earlier. */
export const otherAnalysis = {
  ...makeAnalysis(),
  id: "analysis-2",
  title: "Tweede",
  updatedAt: 10,
};

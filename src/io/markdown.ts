import {
  type Analysis,
  type AnalysisNode,
  type QuoteNode,
  referenceTarget,
} from "../domain/analysis/analysis";
import { coverageOf, supportingQuoteNodes } from "../domain/analysis/graph";
import { tally } from "../domain/analysis/operations";
import type { Quote } from "../domain/corpus/quote";
import type { ExportLabels } from "./exportLabels";

/** The report's own words, in the UI's language. */
export interface ReportWords {
  heading(kind: "problem" | "causes" | "symptoms" | "other" | "unused" | "noProblem"): string;
  /** "3 van 12 citaten geplaatst"-style line for an unused section. */
  sectionCount(total: number): string;
  /** "5 stippen in ‘Ronde 1’"-style tag of a node's votes in the latest voting round. */
  votes(count: number, round: string): string;
  subtitle: string;
}

/** Markdown-significant characters and HTML are escaped: user text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|!~])/g, "\\$1");
}

/**
 * What a report calls a node. A note from a JSON Canvas that stands for a file or a web page
 * says which, with its path or address ("Bestand: notities/plan.md#Doel"), after its own text if
 * it has any besides that path or address.
 */
function nodeName(node: AnalysisNode, labels: ExportLabels): string {
  if (node.kind === "cluster" || node.kind === "factor") return node.label || "—";
  if (node.kind === "quote") return node.snapshot.text;
  const { reference } = node;
  if (!reference) return node.text || "—";
  const target = referenceTarget(reference);
  const named = `${labels.noteKind(reference.type)}: ${target}`;
  // An imported note's text is often its path or address again: then it is said once.
  const own = node.text.trim();
  const repeats = own === target || (reference.type === "file" && own === reference.file);
  return own && !repeats ? `${node.text} (${named})` : named;
}

/**
 * The problem tree for the analysis-phase report: each core problem, under it its causes
 * (what leads to it, further down what leads to those) and its effects, each with the quotes
 * that support it; then the elements outside the tree and the themes no quote was taken from.
 */
export function analysisReport(
  analysis: Analysis,
  corpus: readonly Quote[],
  labels: ExportLabels,
  words: ReportWords,
): string {
  const byId = new Map(analysis.nodes.map((n) => [n.id, n]));
  const causesOf = new Map<string, string[]>();
  const effectsOf = new Map<string, string[]>();
  for (const e of analysis.edges) {
    if (e.kind !== "causes") continue;
    causesOf.set(e.target, [...(causesOf.get(e.target) ?? []), e.source]);
    effectsOf.set(e.source, [...(effectsOf.get(e.source) ?? []), e.target]);
  }
  const inTree = new Set<string>();
  const out: string[] = [
    `# ${escapeMarkdown(analysis.title || "—")}`,
    "",
    `_${escapeMarkdown(words.subtitle)}_`,
    "",
  ];

  const quoteLines = (nodeId: string, indent: string) =>
    supportingQuoteNodes(analysis, nodeId)
      .filter((q: QuoteNode) => q.id !== nodeId)
      .map(
        (q) =>
          `${indent}> “${escapeMarkdown(q.snapshot.text)}” (${escapeMarkdown(labels.reference(q.snapshot))})`,
      );

  // Votes of the latest round, so the report shows what the group weighed most.
  const round = analysis.votingRounds.at(-1);
  const roleTag = (node: AnalysisNode) => {
    const role =
      node.kind === "cluster" || node.kind === "factor" ? ` _(${labels.role(node.role)})_` : "";
    const votes = round && tally(round)[node.id];
    return round && votes ? `${role} — ${escapeMarkdown(words.votes(votes, round.name))}` : role;
  };

  /** A node as a list item with its quotes, then its neighbours along `next`, cycle-safe. */
  const branch = (
    nodeId: string,
    next: Map<string, string[]>,
    depth: number,
    path: Set<string>,
  ) => {
    const node = byId.get(nodeId);
    if (!node || path.has(nodeId)) return;
    inTree.add(nodeId);
    const indent = "  ".repeat(depth);
    out.push(`${indent}- **${escapeMarkdown(nodeName(node, labels))}**${roleTag(node)}`);
    for (const line of quoteLines(nodeId, `${indent}  `)) out.push(line);
    const inner = new Set(path).add(nodeId);
    for (const childId of next.get(nodeId) ?? []) branch(childId, next, depth + 1, inner);
  };

  const problems = analysis.nodes.filter(
    (n) => (n.kind === "cluster" || n.kind === "factor") && n.role === "problem",
  );
  if (problems.length === 0) out.push(`_${escapeMarkdown(words.heading("noProblem"))}_`, "");
  for (const problem of problems) {
    inTree.add(problem.id);
    out.push(
      `## ${escapeMarkdown(words.heading("problem"))}: ${escapeMarkdown(nodeName(problem, labels))}`,
      "",
    );
    const problemVotes = round && tally(round)[problem.id];
    if (round && problemVotes)
      out.push(`_${escapeMarkdown(words.votes(problemVotes, round.name))}_`, "");
    out.push(...quoteLines(problem.id, ""), "");
    const root = new Set([problem.id]);
    out.push(`### ${escapeMarkdown(words.heading("causes"))}`, "");
    for (const id of causesOf.get(problem.id) ?? []) branch(id, causesOf, 0, root);
    out.push("", `### ${escapeMarkdown(words.heading("symptoms"))}`, "");
    for (const id of effectsOf.get(problem.id) ?? []) branch(id, effectsOf, 0, root);
    out.push("");
  }

  const rest = analysis.nodes.filter(
    (n) =>
      !inTree.has(n.id) &&
      (n.kind === "cluster" ||
        n.kind === "factor" ||
        n.kind === "note" ||
        (n.kind === "quote" && !n.clusterId)),
  );
  if (rest.length > 0) {
    out.push(`## ${escapeMarkdown(words.heading("other"))}`, "");
    for (const node of rest) {
      out.push(`- **${escapeMarkdown(nodeName(node, labels))}**${roleTag(node)}`);
      if (node.kind !== "quote") out.push(...quoteLines(node.id, "  "));
    }
    out.push("");
  }

  const titles = new Map<string, string>();
  for (const q of corpus)
    if (!titles.has(`${q.chapter}|${q.section}`))
      titles.set(`${q.chapter}|${q.section}`, q.sectionTitle ?? "");
  const unused = coverageOf(analysis, corpus).bySection.filter((s) => s.placed === 0);
  if (unused.length > 0) {
    out.push(`## ${escapeMarkdown(words.heading("unused"))}`, "");
    for (const s of unused) {
      const title = titles.get(`${s.chapter}|${s.section}`) ?? "";
      out.push(
        `- ${escapeMarkdown(`${s.section} ${title}`.trim() || "—")} (${escapeMarkdown(words.sectionCount(s.total))})`,
      );
    }
    out.push("");
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

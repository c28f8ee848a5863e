// One simulated person's next edit, made with the domain's own operations, as in the app.
import { type Analysis, EDGE_KINDS } from "../../src/domain/analysis/analysis";
import type { IdSource } from "../../src/domain/analysis/ids";
import {
  addFactor,
  ballotDots,
  castBallot,
  connect,
  isVotable,
  moveNodes,
  openRound,
  removeElements,
  setLabel,
} from "../../src/domain/analysis/operations";

export type EditKind = "add" | "rename" | "move" | "link" | "delete" | "vote";

/** How often each kind is tried: mostly adding, moving and renaming, as on a real board. */
const WEIGHTS: readonly [EditKind, number][] = [
  ["add", 0.25],
  ["move", 0.25],
  ["rename", 0.2],
  ["link", 0.15],
  ["vote", 0.1],
  ["delete", 0.05],
];

export interface SoakEditor {
  /** Short name, in labels and ids ("c3"); also the participant id of its dots. */
  name: string;
  ids: IdSource;
  random: () => number;
  /** Edits made so far, numbering the labels it writes. */
  count: number;
}

/** An editor whose ids and labels cannot clash with another's. */
export function soakEditor(name: string, random: () => number): SoakEditor {
  let n = 0;
  return { name, random, count: 0, ids: { next: (prefix) => `${prefix}_${name}_${++n}` } };
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

function pickKind(random: () => number): EditKind {
  let roll = random();
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "add";
}

function edit(analysis: Analysis, editor: SoakEditor, kind: EditKind): Analysis {
  const { random, name } = editor;
  const label = `${name} bewerking ${editor.count + 1}`;
  const position = () => ({ x: Math.round(random() * 6000), y: Math.round(random() * 4000) });
  const votable = analysis.nodes.filter(isVotable);
  switch (kind) {
    case "add":
      return addFactor(analysis, { label, role: "cause", position: position() }, editor.ids)
        .analysis;
    case "rename": {
      const node = pick(votable, random);
      return node ? setLabel(analysis, node.id, label) : analysis;
    }
    case "move": {
      const node = pick(
        analysis.nodes.filter((n) => n.kind !== "quote" || n.clusterId === null),
        random,
      );
      return node ? moveNodes(analysis, new Map([[node.id, position()]])) : analysis;
    }
    case "link": {
      const [source, target] = [pick(votable, random), pick(votable, random)];
      if (!source || !target) return analysis;
      const edgeKind = pick(EDGE_KINDS, random) ?? "causes";
      return connect(analysis, source.id, target.id, edgeKind, editor.ids).analysis;
    }
    case "delete": {
      // Only a factor this editor added: deleting a colleague's work is not what a soak is for.
      const own = analysis.nodes.filter((n) => n.kind === "factor" && n.id.includes(`_${name}_`));
      const node = pick(own, random);
      return node ? removeElements(analysis, [node.id]) : analysis;
    }
    case "vote": {
      const round = openRound(analysis);
      if (!round) return analysis;
      const spent = ballotDots(round, name) >= round.dotsPerParticipant;
      const mine = Object.keys(round.ballots[name] ?? {});
      const node = spent ? pick(mine, random) : pick(votable, random)?.id;
      return node ? castBallot(analysis, round.id, name, node, spent ? -1 : 1) : analysis;
    }
  }
}

/**
 * The editor's next edit of `analysis`: a kind drawn by weight, then its targets. A draw that
 * changes nothing (a link that exists, nothing of its own to delete) is drawn again, a few
 * times; null when none changed anything. Like the app's store, every edit sets `updatedAt`
 * (`now`, or a millisecond later than the last), so even a deletion moves the editor's clock.
 */
export function randomEdit(
  analysis: Analysis,
  editor: SoakEditor,
  now: number,
): { kind: EditKind; analysis: Analysis } | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const kind = pickKind(editor.random);
    const next = edit(analysis, editor, kind);
    if (next !== analysis) {
      editor.count++;
      return { kind, analysis: { ...next, updatedAt: Math.max(now, analysis.updatedAt + 1) } };
    }
  }
  return null;
}

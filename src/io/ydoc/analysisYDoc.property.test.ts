import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { analysisArbitrary, richAnalysisArbitrary } from "../../../tests/helpers/analysisArbitrary";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { fixturesOfVersion } from "../../../tests/helpers/versionFixtures";
import {
  ANALYSIS_SCHEMA_VERSION,
  type Analysis,
  type VotingRound,
} from "../../domain/analysis/analysis";
import { readAnalysis } from "../../domain/analysis/migrations";
import { castBallot, tally } from "../../domain/analysis/operations";
import { analysisOfYDoc, writeAnalysis, yDocOfAnalysis } from "./analysisYDoc";

const read = (doc: Y.Doc): Analysis => {
  const result = analysisOfYDoc(doc);
  if (!result.ok) throw new Error(`not an analysis: ${JSON.stringify(result.error)}`);
  return result.value;
};

/** A second document that has received everything `doc` holds, as over the wire. */
function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** An open voting round with no dots yet: 3 dots for each of 4 participants unless told. */
function openRound(overrides: Partial<VotingRound> = {}): VotingRound {
  return {
    id: "r1",
    name: "Ronde 1",
    startedAt: 1,
    closedAt: null,
    dotsPerParticipant: 3,
    participants: 4,
    votes: {},
    ballots: {},
    ...overrides,
  };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe("an analysis as a Yjs document", () => {
  it("opens a fixture of every schema version: migrated, converted and read back unchanged", () => {
    for (let version = 1; version <= ANALYSIS_SCHEMA_VERSION; version++) {
      const fixtures = fixturesOfVersion("analysis", version);
      expect(fixtures.length, `fixtures of version ${version}`).toBeGreaterThan(0);
      for (const [name, raw] of fixtures) {
        const migrated = readAnalysis(raw);
        if (!migrated.ok) throw new Error(`${name} does not open`);
        // A replica, so what is compared went through Yjs' binary encoding.
        expect(read(replica(yDocOfAnalysis(migrated.value))), name).toEqual(migrated.value);
      }
    }
  });

  it("any analysis survives the trip into a Yjs document and its encoding", () => {
    fc.assert(
      fc.property(richAnalysisArbitrary(), (analysis) => {
        expect(read(replica(yDocOfAnalysis(analysis)))).toEqual(analysis);
      }),
      { numRuns: 150 },
    );
  });

  it("writing a second analysis over the first leaves exactly the second", () => {
    fc.assert(
      fc.property(richAnalysisArbitrary("x"), richAnalysisArbitrary("x"), (first, second) => {
        const doc = yDocOfAnalysis(first);
        writeAnalysis(doc, second);
        expect(read(replica(doc))).toEqual(second);
      }),
      { numRuns: 150 },
    );
  });

  it("writes nothing when nothing changed, and only the changed field when one did", () => {
    fc.assert(
      fc.property(
        richAnalysisArbitrary().filter((a) => a.nodes.length > 0),
        fc.string(),
        (analysis, title) => {
          const doc = yDocOfAnalysis(analysis);
          let updates = 0;
          doc.on("update", () => updates++);
          writeAnalysis(doc, structuredClone(analysis));
          expect(updates).toBe(0);
          const before = Y.encodeStateVector(doc);
          const moved = analysis.nodes.map((node, i) =>
            i === 0 ? { ...node, position: { x: node.position.x + 7, y: 1 } } : node,
          );
          writeAnalysis(doc, { ...analysis, nodes: moved, title: `${title}!` });
          // Two field sets (a position, a title), not a rewrite of the nodes.
          const delta = Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before));
          expect(delta.structs).toHaveLength(2);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("two people editing from one start converge, and both their nodes survive", () => {
    fc.assert(
      fc.property(
        analysisArbitrary("s"),
        richAnalysisArbitrary("b"),
        richAnalysisArbitrary("c"),
        (start, mine, theirs) => {
          const left = yDocOfAnalysis(start);
          const right = replica(left);
          writeAnalysis(left, mine);
          writeAnalysis(right, theirs);
          exchange(left, right);
          const merged = read(left);
          expect(read(right)).toEqual(merged);
          // Both replaced every starting node with their own: the merge holds both sets whole.
          const byId = new Map(merged.nodes.map((node) => [node.id, node]));
          expect(merged.nodes).toHaveLength(mine.nodes.length + theirs.nodes.length);
          for (const node of [...mine.nodes, ...theirs.nodes])
            expect(byId.get(node.id)).toEqual(node);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("keeps concurrent changes to different fields of one node, and dots on different nodes", () => {
    const start: Analysis = {
      ...readOk(fixturesOfVersion("analysis", ANALYSIS_SCHEMA_VERSION)[0]?.[1]),
    };
    const node = start.nodes.find((n) => n.kind === "factor" || n.kind === "cluster");
    if (!node) throw new Error("the fixture needs a factor or cluster");
    const round = openRound();
    const left = yDocOfAnalysis({ ...start, votingRounds: [round] });
    const right = replica(left);
    const at = (doc: Y.Doc) => read(doc);
    const leftNow = at(left);
    writeAnalysis(left, {
      ...leftNow,
      nodes: leftNow.nodes.map((n) => (n.id === node.id ? { ...n, label: "Nieuw label" } : n)),
      votingRounds: [{ ...round, votes: { [node.id]: 2 } }],
    });
    const rightNow = at(right);
    const other = rightNow.nodes.find((n) => n.id !== node.id)?.id ?? "elders";
    writeAnalysis(right, {
      ...rightNow,
      nodes: rightNow.nodes.map((n) => (n.id === node.id ? { ...n, position: { x: 5, y: 6 } } : n)),
      votingRounds: [{ ...round, votes: { [other]: 1 } }],
    });
    exchange(left, right);
    const merged = read(left);
    const mergedNode = merged.nodes.find((n) => n.id === node.id);
    expect(mergedNode && "label" in mergedNode && mergedNode.label).toBe("Nieuw label");
    expect(mergedNode?.position).toEqual({ x: 5, y: 6 });
    expect(merged.votingRounds[0]?.votes).toEqual({ [node.id]: 2, [other]: 1 });
    expect(read(right)).toEqual(merged);
  });

  it("drops what points at a node someone deleted meanwhile, the same on both sides", () => {
    const round = openRound();
    const start = {
      ...makeAnalysis([
        cluster("c"),
        quoteCard("q", "q1", { clusterId: "c" }),
        factor("a"),
        factor("b"),
      ]),
      votingRounds: [round],
    };
    const left = yDocOfAnalysis(start);
    const right = replica(left);
    // One person deletes factor a and cluster c (its card goes with it)…
    writeAnalysis(left, { ...start, nodes: start.nodes.filter((n) => n.id === "b") });
    // …while the other links b to a, puts a new card into c and gives a a dot.
    writeAnalysis(right, {
      ...start,
      nodes: [...start.nodes, quoteCard("q2", "q2", { clusterId: "c" })],
      edges: [link("b", "a")],
      votingRounds: [{ ...round, votes: { a: 1 }, ballots: { p1: { a: 2, b: 1 } } }],
    });
    exchange(left, right);
    const merged = read(left);
    expect(read(right)).toEqual(merged);
    expect(merged.nodes.map((n) => n.id).sort()).toEqual(["b", "q2"]);
    expect(merged.edges).toEqual([]);
    expect(merged.nodes.find((n) => n.id === "q2")).toMatchObject({ clusterId: null });
    expect(merged.votingRounds[0]?.votes).toEqual({});
    expect(merged.votingRounds[0]?.ballots).toEqual({ p1: { b: 1 } });
  });

  it("counts every participant's dot when three vote for the same node at once", () => {
    const start = readOk(fixturesOfVersion("analysis", ANALYSIS_SCHEMA_VERSION)[0]?.[1]);
    const node = start.nodes.find((n) => n.kind === "factor" || n.kind === "cluster");
    if (!node) throw new Error("the fixture has no votable node");
    const round = openRound({ id: "r-samen", name: "Samen", participants: 3 });
    const facilitator = yDocOfAnalysis({ ...start, votingRounds: [round] });
    const devices = ["anna", "bram", "chris"].map((id) => ({ id, doc: replica(facilitator) }));
    for (const { id, doc } of devices) {
      const now = read(doc);
      writeAnalysis(doc, castBallot(now, round.id, id, node.id, 1));
    }
    for (const { doc } of devices) exchange(facilitator, doc);
    for (const { doc } of devices) exchange(facilitator, doc);
    const merged = read(facilitator).votingRounds[0];
    if (!merged) throw new Error("the round is gone");
    expect(Object.keys(merged.ballots).sort()).toEqual(["anna", "bram", "chris"]);
    expect(tally(merged)[node.id]).toBe(3);
    for (const { doc } of devices) expect(read(doc)).toEqual(read(facilitator));
  });

  it("keeps two people's covered-quote marks made at once, and an unmark", () => {
    const start = {
      ...readOk(fixturesOfVersion("analysis", ANALYSIS_SCHEMA_VERSION)[0]?.[1]),
      coveredQuotes: { q1: "q0" },
    };
    const left = yDocOfAnalysis(start);
    const right = replica(left);
    writeAnalysis(left, { ...read(left), coveredQuotes: { q1: "q0", q2: "q0" } });
    writeAnalysis(right, { ...read(right), coveredQuotes: { q3: "q4" } });
    exchange(left, right);
    expect(read(left).coveredQuotes).toEqual({ q2: "q0", q3: "q4" });
    expect(read(right)).toEqual(read(left));
  });

  it("refuses a document whose content is not a valid analysis", () => {
    const doc = yDocOfAnalysis(readOk(fixturesOfVersion("analysis", 4)[0]?.[1]));
    doc.getArray<Y.Map<unknown>>("nodes").get(0).set("kind", "vreemd");
    expect(analysisOfYDoc(doc).ok).toBe(false);
  });
});

function readOk(raw: unknown): Analysis {
  const result = readAnalysis(raw);
  if (!result.ok) throw new Error("fixture does not open");
  return result.value;
}

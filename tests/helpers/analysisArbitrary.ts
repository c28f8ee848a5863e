import fc from "fast-check";
import {
  type Analysis,
  type AnalysisEdge,
  type AnalysisNode,
  EDGE_KINDS,
  newAnalysis,
  ROLES,
} from "../../src/domain/analysis/analysis";
import { ACTION_STATUSES, GOAL_KINDS, GOAL_STATUSES } from "../../src/domain/goals/goalTree";

export const text = (max: number) => fc.string({ unit: "grapheme", maxLength: max });
// JSON has no -0; a position of -0 is 0.
export const coordinate = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((v) => (v === 0 ? 0 : v));
const position = fc.record({ x: coordinate, y: coordinate });
const role = fc.constantFrom(...ROLES, null);

/**
 * A valid analysis: unique ids, cards in existing clusters, links between existing nodes. Every
 * id starts with `prefix`, so two of them can be told apart after a merge.
 */
export const analysisArbitrary = (prefix = ""): fc.Arbitrary<Analysis> =>
  fc
    .record({
      title: text(40),
      clusters: fc.array(fc.record({ label: text(30), role, collapsed: fc.boolean(), position }), {
        maxLength: 3,
      }),
      quotes: fc.array(
        fc.record({
          position,
          cluster: fc.nat(),
          inCluster: fc.boolean(),
          text: text(80).filter((t) => t.length > 0),
          page: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
          sectionTitle: fc.option(text(20), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      factors: fc.array(fc.record({ label: text(40), role, position }), { maxLength: 3 }),
      notes: fc.array(fc.record({ text: text(60), position }), { maxLength: 2 }),
      links: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          kind: fc.constantFrom(...EDGE_KINDS),
          label: text(20),
        }),
        { maxLength: 6 },
      ),
    })
    .map((r) => {
      const nodes: AnalysisNode[] = [];
      r.clusters.forEach((c, i) => {
        nodes.push({ kind: "cluster", id: `${prefix}c${i}`, ...c });
      });
      r.quotes.forEach((q, i) => {
        const clusterId =
          q.inCluster && r.clusters.length > 0
            ? `${prefix}c${q.cluster % r.clusters.length}`
            : null;
        nodes.push({
          kind: "quote",
          id: `${prefix}k${i}`,
          position: q.position,
          clusterId,
          quoteId: `q${i}`,
          corpusId: "seed",
          snapshot: {
            text: q.text,
            chapter: 2,
            chapterTitle: "Problemen",
            section: "2.1",
            sectionTitle: q.sectionTitle,
            page: q.page,
            source: "002.txt",
          },
        });
      });
      r.factors.forEach((f, i) => {
        nodes.push({ kind: "factor", id: `${prefix}f${i}`, ...f });
      });
      r.notes.forEach((n, i) => {
        nodes.push({ kind: "note", id: `${prefix}n${i}`, ...n });
      });
      const edges: AnalysisEdge[] =
        nodes.length === 0
          ? []
          : r.links.map((l, i) => ({
              id: `${prefix}e${i}`,
              source: (nodes[l.from % nodes.length] as AnalysisNode).id,
              target: (nodes[l.to % nodes.length] as AnalysisNode).id,
              kind: l.kind,
              label: l.label,
            }));
      const base = newAnalysis({
        id: "a",
        title: r.title,
        corpusId: "seed",
        now: 1_700_000_000_000,
      });
      return { ...base, nodes, edges };
    });

/**
 * An analysis with every part a document can have: besides nodes and links, JSON Canvas
 * leftovers, voting rounds with votes, quotes marked as covered, and (or not) a goal tree with
 * links and actions.
 */
export const richAnalysisArbitrary = (prefix = ""): fc.Arbitrary<Analysis> =>
  fc
    .record({
      base: analysisArbitrary(prefix),
      canvasWidth: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      color: fc.option(fc.constantFrom("1", "#ff0000"), { nil: undefined }),
      viewport: fc.record({
        x: coordinate,
        y: coordinate,
        zoom: fc.double({ min: 0.1, max: 4, noNaN: true }),
      }),
      rounds: fc.array(
        fc.record({
          name: text(20),
          closed: fc.boolean(),
          dots: fc.integer({ min: 1, max: 10 }),
          participants: fc.integer({ min: 1, max: 30 }),
          votes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })), { maxLength: 4 }),
        }),
        { maxLength: 2 },
      ),
      goals: fc.option(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...GOAL_KINDS),
            source: fc.option(fc.nat(), { nil: null }),
            text: text(30),
            status: fc.constantFrom(...GOAL_STATUSES),
            gone: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        { nil: undefined },
      ),
      // Quotes marked as covered by another (version 6), by corpus quote id.
      covered: fc.array(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 })), { maxLength: 3 }),
      actions: fc.array(
        fc.record({
          title: text(20),
          goal: fc.option(fc.nat(), { nil: null }),
          status: fc.constantFrom(...ACTION_STATUSES),
        }),
        { maxLength: 3 },
      ),
    })
    .map((r) => {
      const { base } = r;
      const nodes = base.nodes.map((node, i) =>
        i === 0 && r.canvasWidth !== undefined
          ? { ...node, canvas: { width: r.canvasWidth, color: r.color } }
          : node,
      );
      const ids = nodes.map((node) => node.id);
      const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
      const votingRounds = r.rounds.map((round, i) => ({
        id: `${prefix}r${i}`,
        name: round.name,
        startedAt: 1_700_000_000_000 + i,
        closedAt: round.closed ? 1_700_000_100_000 : null,
        dotsPerParticipant: round.dots,
        participants: round.participants,
        votes: Object.fromEntries(
          ids.length === 0 ? [] : round.votes.map(([n, dots]) => [pick(n) as string, dots]),
        ),
        // One participant's own dots too (version 5), on the same nodes.
        ballots:
          ids.length === 0 || round.votes.length === 0
            ? {}
            : {
                [`${prefix}p${i}`]: Object.fromEntries(
                  round.votes.map(([n, dots]) => [pick(n) as string, Math.min(dots, 3)]),
                ),
              },
      }));
      const coveredQuotes = Object.fromEntries(
        r.covered.map(([covered, by]) => [`${prefix}q-${covered}`, `${prefix}q-${by}`]),
      );
      const analysis: Analysis = {
        ...base,
        nodes,
        viewport: r.viewport,
        votingRounds,
        coveredQuotes,
      };
      if (r.goals === undefined) return analysis;
      const goals = r.goals.map((goal, i) => ({
        id: `${prefix}g${i}`,
        kind: goal.kind,
        sourceId: goal.source === null || ids.length === 0 ? null : (pick(goal.source) as string),
        sourceText: goal.text,
        text: goal.text,
        status: goal.status,
        sourceGone: goal.gone,
      }));
      const links = goals.slice(1).map((goal, i) => ({
        id: `${prefix}gl${i}`,
        source: goal.id,
        target: (goals[0] as { id: string }).id,
      }));
      const actions = r.actions.map((action, i) => ({
        id: `${prefix}a${i}`,
        goalId:
          action.goal === null || goals.length === 0
            ? null
            : (goals[action.goal % goals.length] as { id: string }).id,
        title: action.title,
        owner: "",
        horizon: "2027",
        status: action.status,
        indicator: { name: "", baseline: "", target: "", source: "" },
        note: "",
      }));
      return { ...analysis, goalTree: { goals, links, actions } };
    });

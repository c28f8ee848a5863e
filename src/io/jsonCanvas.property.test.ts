import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANVAS_ENDS, CANVAS_SIDES } from "../domain/analysis/analysis";
import { exportLabels } from "../i18n/exportLabels";
import { toJsonCanvas } from "./jsonCanvas";
import type { CanvasEdge, CanvasNode, JsonCanvas } from "./jsonCanvasFormat";
import { type ImportContext, readImportText } from "./readImport";

const context: ImportContext = { corpusId: "seed", quotes: [], now: 0 };
const text = (min: number, max: number) =>
  fc.string({ unit: "grapheme", minLength: min, maxLength: max });
const integer = fc.integer({ min: -20_000, max: 20_000 });
const size = fc.integer({ min: 1, max: 3000 });
// Preset colours (some mean a role or a note to Ontrafel) and hex colours.
const color = fc.option(
  fc.oneof(fc.constantFrom("1", "2", "3", "4", "5", "6"), fc.stringMatching(/^#[0-9a-f]{6}$/)),
  { nil: undefined },
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** The body of a node of each type the spec defines, with every optional field it allows. */
const nodeBody = fc.oneof(
  fc.record({ type: fc.constant("text" as const), text: text(0, 200) }),
  fc.record({
    type: fc.constant("file" as const),
    file: text(1, 80),
    subpath: optional(text(1, 40).map((s) => `#${s}`)),
  }),
  fc.record({ type: fc.constant("link" as const), url: fc.webUrl() }),
  fc.record({
    type: fc.constant("group" as const),
    label: optional(text(1, 80)),
    background: optional(text(1, 80)),
    backgroundStyle: optional(fc.constantFrom("cover", "ratio", "repeat")),
  }),
);

const edgeBody = fc.record({
  fromSide: optional(fc.constantFrom(...CANVAS_SIDES)),
  fromEnd: optional(fc.constantFrom(...CANVAS_ENDS)),
  toSide: optional(fc.constantFrom(...CANVAS_SIDES)),
  toEnd: optional(fc.constantFrom(...CANVAS_ENDS)),
  color,
  // Free labels and the words Ontrafel reads as a link kind.
  label: optional(
    fc.oneof(text(1, 80), fc.constantFrom("leidt tot", "contradicts", " hangt samen met ")),
  ),
});

/** Drops undefined fields, as JSON would. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const canvasArbitrary: fc.Arbitrary<JsonCanvas> = fc
  .uniqueArray(fc.stringMatching(/^[0-9a-f]{16}$/), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({ x: integer, y: integer, width: size, height: size, color, body: nodeBody })
            .map(({ body, ...box }) => defined({ id, ...box, ...body }) as CanvasNode),
        ),
      ),
      edges: fc
        .uniqueArray(
          fc.record({
            id: fc.stringMatching(/^e[0-9a-f]{8}$/),
            fromNode: fc.constantFrom(...ids),
            toNode: fc.constantFrom(...ids),
            body: edgeBody,
          }),
          { selector: (e) => e.id, maxLength: 12 },
        )
        .map((edges) =>
          edges.map(({ body, ...ends }) => defined({ ...ends, ...body }) as CanvasEdge),
        ),
    }),
  );

const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
  [...(items ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("JSON Canvas import then export", () => {
  it("gives back every field the spec defines, for every node and edge type", () => {
    fc.assert(
      fc.property(canvasArbitrary, (canvas) => {
        const file = JSON.stringify({ $schema: "https://example.test/canvas.json", ...canvas });
        const read = readImportText(file, "canvas", context);
        if (!read.ok) throw new Error(JSON.stringify(read.error));
        expect(read.value.repairs).toEqual([]);
        const back = toJsonCanvas(read.value.analysis, new Map(), exportLabels("nl"));
        expect(byId(back.nodes)).toEqual(byId(canvas.nodes));
        expect(byId(back.edges)).toEqual(byId(canvas.edges));
      }),
      { numRuns: 60 },
    );
  });
});

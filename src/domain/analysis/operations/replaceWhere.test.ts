import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replaceWhere } from "./replaceWhere";

const items = fc.array(fc.record({ id: fc.nat(20), n: fc.integer() }));

describe("replaceWhere", () => {
  it("replaces exactly the picked items, in place, and keeps the others' identity", () => {
    fc.assert(
      fc.property(items, fc.nat(20), (list, id) => {
        const out = replaceWhere(
          list,
          (item) => item.id === id,
          (item) => ({ ...item, n: item.n + 1 }),
        );
        expect(out).toHaveLength(list.length);
        out.forEach((item, i) => {
          const before = list[i];
          if (!before) throw new Error("lengths differ");
          expect(item.n).toBe(before.id === id ? before.n + 1 : before.n);
          expect(item === before).toBe(before.id !== id);
        });
      }),
    );
  });

  it("hands back the same array when no item changed", () => {
    fc.assert(
      fc.property(items, fc.nat(20), (list, id) => {
        expect(
          replaceWhere(
            list,
            (item) => item.id === id,
            (item) => item,
          ),
        ).toBe(list);
      }),
    );
  });

  it("hands back a new array when one item changed", () => {
    const list = [{ id: 1 }, { id: 2 }];
    const out = replaceWhere(
      list,
      (item) => item.id === 2,
      () => ({ id: 3 }),
    );
    expect(out).not.toBe(list);
    expect(out).toEqual([{ id: 1 }, { id: 3 }]);
    expect(out[0]).toBe(list[0]);
  });
});

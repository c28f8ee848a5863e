import { describe, expect, it } from "vitest";
import { packCorpus, transferOf, unpackCorpus } from "./packedCorpus";

describe("a corpus packed for the worker", () => {
  it("comes back string for string, whatever the characters", () => {
    const corpus = {
      ids: ["q1", "q-ë2", "", "q4"],
      texts: ["Zorg/opvang voor slachtoffers.", "", "Coördinatie 👩‍⚖️ en ‘aangifte’", "Zó\nklaar"],
    };
    const packed = packCorpus(corpus);
    expect(packed.count).toBe(4);
    expect(unpackCorpus(packed)).toEqual(corpus);
  });

  it("is one string and one transferable offsets buffer", () => {
    const packed = packCorpus({ ids: ["a", "b"], texts: ["één", "twee"] });
    expect(packed.joined).toBe("abééntwee");
    expect(transferOf(packed)).toEqual([packed.ends.buffer]);
    expect([...packed.ends]).toEqual([1, 2, 5, 9]);
  });

  it("keeps an empty corpus empty", () => {
    expect(unpackCorpus(packCorpus({ ids: [], texts: [] }))).toEqual({ ids: [], texts: [] });
  });
});

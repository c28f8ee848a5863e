import { describe, expect, it } from "vitest";
import { createSuggestClient } from "./suggestClient";

const corpus = {
  ids: ["a1", "a2", "a3", "s1", "s2", "s3"],
  texts: [
    "Slachtoffers durven geen aangifte te doen bij de politie.",
    "De politie neemt de aangifte van slachtoffers niet serieus.",
    "Na een aangifte hoort het slachtoffer niets meer.",
    "Op scholen krijgen leerlingen weinig voorlichting.",
    "Leraren op school herkennen signalen bij leerlingen niet.",
    "Voorlichting op scholen moet eerder beginnen voor leerlingen.",
  ],
};

describe("the suggestions client (on the page, without Worker support)", () => {
  it("answers similar quotes with the stems they share", async () => {
    const client = createSuggestClient();
    client.setCorpus(corpus);
    const similar = await client.similar("a1", 2);
    expect(similar.map((s) => s.id).sort()).toEqual(["a2", "a3"]);
    expect(similar[0]?.sharedStems).toContain("aangift");
    expect(await client.similar("not-there", 2)).toEqual([]);
  });

  it("names the clusters a quote fits best, best first, leaving out its own place in one", async () => {
    const client = createSuggestClient();
    client.setCorpus(corpus);
    const groups = [
      { id: "school", quoteIds: ["s1", "s2"] },
      { id: "aangifte", quoteIds: ["a1", "a2"] },
      { id: "empty", quoteIds: [] },
    ];
    const fits = await client.fit("a3", groups, 2);
    expect(fits.length).toBeLessThanOrEqual(2);
    expect(fits[0]?.id).toBe("aangifte");
    expect((await client.fit("s3", groups, 1)).map((f) => f.id)).toEqual(["school"]);
    // A quote dragged out of its own cluster is not compared with itself.
    const own = await client.fit("a1", [{ id: "alone", quoteIds: ["a1"] }], 2);
    expect(own).toEqual([]);
  });

  it("proposes clusters of the quotes asked for, with progress", async () => {
    const client = createSuggestClient();
    client.setCorpus(corpus);
    const heard: number[] = [];
    const result = await client.propose(["s3", "a1", "s1", "a2", "s2", "a3"], 2, {
      onProgress: (done) => heard.push(done),
    });
    expect(result.clusters.map((c) => c.quoteIds)).toEqual([
      ["a1", "a2", "a3"],
      ["s1", "s2", "s3"],
    ]);
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBeGreaterThan(0);
  });

  it("rejects with an AbortError when cancelled", async () => {
    const client = createSuggestClient();
    client.setCorpus(corpus);
    const controller = new AbortController();
    const asked = client.propose(corpus.ids, 2, { signal: controller.signal });
    controller.abort();
    await expect(asked).rejects.toMatchObject({ name: "AbortError" });
    // A new question after a cancel is answered.
    expect((await client.propose(corpus.ids, 2)).clusters).toHaveLength(2);
  });
});

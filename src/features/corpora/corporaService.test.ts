import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { bindStore } from "../../../tests/helpers/boundStore";
import { databasePerTest } from "../../../tests/helpers/databasePerTest";
import { fakeBus } from "../../../tests/helpers/fakeBus";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { countingIds } from "../../domain/analysis/ids";
import { placeQuotes } from "../../domain/analysis/operations/place";
import { parseTextCorpus } from "../../domain/corpus/import/text";
import { translate } from "../../i18n/messages";
import { loadOrImportCorpus, readCorpus, storeCorpus } from "../../persistence/corpusRepo";
import { addCorrection, listCorrections } from "../../persistence/correctionRepo";
import type { CorpusRecord } from "../../persistence/db";
import { createAppStore } from "../../state/createAppStore";
import { startCorpora } from "./corporaService";
import type { CorpusChangedMessage, CorpusChannel } from "./corpusChannel";

const db = databasePerTest("corpora-service");

const seedQuotes = [makeQuote({ id: "s1", text: "Seed citaat." })];
const userQuotes = [
  makeQuote({ id: "u1", text: "Eerste zin. Tweede zin." }),
  makeQuote({ id: "u2", text: "Begin van" }),
  makeQuote({ id: "u3", text: "een zin." }),
];
const userRecord: CorpusRecord = {
  id: "user-x",
  name: "Eigen corpus",
  kind: "user",
  contentHash: "h",
  parserVersion: 1,
  quoteCount: 3,
  importedAt: 1,
};

/** The app's start-up in short: the seed shown, an analysis on `corpusId` with cards for `quotes`. */
async function start(
  corpusId: string,
  cardQuotes = userQuotes,
  channel: CorpusChannel | null = null,
) {
  const seed = await loadOrImportCorpus(db(), {
    id: "seed",
    name: "Bloemlezing",
    kind: "seed",
    contentHash: "s",
    parserVersion: 1,
    parse: () => seedQuotes,
  });
  await storeCorpus(db(), userRecord, userQuotes);
  const store = createAppStore({ ids: countingIds() });
  const placed = placeQuotes(
    { ...makeAnalysis(), corpusId },
    cardQuotes,
    corpusId,
    { x: 0, y: 0 },
    countingIds(),
  );
  store.getState().openAnalysis(placed.analysis);
  // Bound to its Yjs document as in the app: what is followed from the corpus meets the binding.
  const { settled } = await bindStore(store);
  store.getState().corpusLoaded(seed.corpus, seed.quotes, true);
  const service = startCorpora(store, db(), channel);
  await service.settled();
  return { store, settled, service, cards: placed.nodeIds };
}

const cardText = (store: ReturnType<typeof createAppStore>, id: string | undefined) => {
  const node = store.getState().analysis.nodes.find((x) => x.id === id);
  return node?.kind === "quote" ? node.snapshot.text : null;
};

/** The notice as the person reads it in Dutch. */
function noticeText(store: ReturnType<typeof createAppStore>): string | undefined {
  return store.getState().notice?.text((key, params) => translate("nl", key, params));
}

describe("corpora service", () => {
  it("shows the open analysis's own corpus with its stored corrections; its cards follow", async () => {
    await storeCorpus(db(), userRecord, userQuotes);
    await addCorrection(db(), {
      kind: "edit",
      id: "c1",
      corpusId: "user-x",
      quoteId: "u1",
      createdAt: 1,
      excerpt: "",
      text: "Verbeterd.",
    });
    const { store, settled, cards } = await start("user-x");
    expect(store.getState().corpusStatus).toMatchObject({ corpus: { id: "user-x" } });
    expect(store.getState().quotes.map((q) => q.text)[0]).toBe("Verbeterd.");
    expect(cardText(store, cards[0])).toBe("Verbeterd.");
    // Following a correction is not an edit of the analysis: nothing to undo.
    await settled();
    expect(store.getState().undoControl?.canUndo).toBe(false);
  });

  it("a split is stored, the card keeps the first part and the person is told; undo restores it", async () => {
    const { store, service, cards } = await start("user-x");
    await service.correct({
      kind: "split",
      quoteId: "u1",
      text: "Eerste zin. Tweede zin.",
      at: 12,
    });
    expect(
      store
        .getState()
        .quotes.map((q) => q.text)
        .slice(0, 2),
    ).toEqual(["Eerste zin.", "Tweede zin."]);
    expect(cardText(store, cards[0])).toBe("Eerste zin.");
    expect(noticeText(store)).toMatch(/eerste deel van het gesplitste citaat/);
    const stored = await listCorrections(db(), "user-x");
    expect(stored.map((c) => c.kind)).toEqual(["split"]);
    await service.undo(stored[0]?.id ?? "");
    expect(cardText(store, cards[0])).toBe("Eerste zin. Tweede zin.");
    expect(await listCorrections(db(), "user-x")).toEqual([]);
    // The parsed corpus itself never changed.
    expect((await readCorpus(db(), "user-x"))?.quotes).toEqual(userQuotes);
  });

  it("after a merge the card of the second quote refers to the merged quote", async () => {
    const { store, service, cards } = await start("user-x");
    await service.correct({ kind: "merge", quoteId: "u2", nextId: "u3" });
    const third = store.getState().analysis.nodes.find((x) => x.id === cards[2]);
    expect(third).toMatchObject({ quoteId: "u2", snapshot: { text: "Begin van een zin." } });
    expect(noticeText(store)).toMatch(/samengevoegde citaat/);
  });

  it("stores an imported corpus and uses it in an empty analysis; an analysis with cards keeps its corpus", async () => {
    const parsed = parseTextCorpus("Een.\n\nTwee.", "nieuw.txt");
    if (!parsed.ok) throw new Error(parsed.error.kind);
    const busy = await start("seed", seedQuotes);
    const record = await busy.service.store(parsed.value, "Nieuw");
    expect(busy.store.getState().analysis.corpusId).toBe("seed");
    expect(busy.store.getState().corpora.map((c) => c.name)).toContain("Nieuw");

    const empty = createAppStore({ ids: countingIds() });
    empty.getState().openAnalysis({ ...makeAnalysis(), corpusId: "seed" });
    const service = startCorpora(empty, db(), null);
    await service.settled();
    await service.store(parsed.value, "Nieuw");
    expect(empty.getState().analysis.corpusId).toBe(record.id);
    expect(empty.getState().quotes.map((q) => q.text)).toEqual(["Een.", "Twee."]);
  });

  it("counts the open analysis as using a corpus before its autosave has stored the new card", async () => {
    const { store, service } = await start("seed", seedQuotes);
    const open = store.getState().analysis;
    store.getState().setRoute({ kind: "analysis", id: open.id });
    // Nothing is stored yet: only the card on the canvas uses the user's corpus.
    store
      .getState()
      .change(
        (a) =>
          placeQuotes(a, userQuotes.slice(0, 1), "user-x", { x: 0, y: 0 }, countingIds()).analysis,
      );
    expect(await service.usage("user-x")).toEqual([{ id: open.id, title: open.title }]);
    expect(await service.usage("seed")).toEqual([{ id: open.id, title: open.title }]);
  });

  it("an analysis opened later follows the corrections made meanwhile", async () => {
    const { store, service } = await start("user-x");
    await service.correct({ kind: "edit", quoteId: "u2", text: "Begin van iets." });
    const later = placeQuotes(
      { ...makeAnalysis(), id: "later", corpusId: "user-x" },
      userQuotes,
      "user-x",
      { x: 0, y: 0 },
      countingIds(),
    );
    store.getState().openAnalysis(later.analysis);
    await service.settled();
    expect(cardText(store, later.nodeIds[1])).toBe("Begin van iets.");
    expect(cardText(store, later.nodeIds[0])).toBe("Eerste zin. Tweede zin.");
  });

  it("switching to an analysis on another corpus shows that corpus", async () => {
    const { store, service } = await start("seed", seedQuotes);
    expect(store.getState().quotes.map((q) => q.id)).toEqual(["s1"]);
    store.getState().openAnalysis({ ...makeAnalysis(), id: "other", corpusId: "user-x" });
    await service.settled();
    expect(store.getState().quotes.map((q) => q.id)).toEqual(["u1", "u2", "u3"]);
  });

  it("shows a correction, rename or deletion made in another tab without a reload", async () => {
    const bus = fakeBus<CorpusChangedMessage>();
    const one = await start("user-x", [], bus());
    const other = await start("user-x", [], bus());
    const nextMessage = () =>
      new Promise((resolve) => setTimeout(resolve, 0)).then(() => other.service.settled());

    await one.service.correct({ kind: "edit", quoteId: "u1", text: "Elders verbeterd." });
    await nextMessage();
    expect(other.store.getState().quotes[0]?.text).toBe("Elders verbeterd.");
    expect(other.store.getState().corrections).toHaveLength(1);

    await one.service.rename("user-x", "Nieuwe naam");
    await nextMessage();
    expect(other.store.getState().corpora.find((c) => c.id === "user-x")?.name).toBe("Nieuwe naam");

    await one.service.remove("user-x");
    await nextMessage();
    expect(other.store.getState().corpusStatus).toMatchObject({ corpus: { id: "seed" } });
  });
});

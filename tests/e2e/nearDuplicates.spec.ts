import { expect, test } from "@playwright/test";
import { quoteSnapshot } from "../../src/domain/analysis/operations/place";
import { nearDuplicateGroups } from "../../src/domain/corpus/nearDuplicates";
import type { Quote } from "../../src/domain/corpus/quote";
import { parsedSeedQuotes } from "./support/app";
import { axeFindings } from "./support/axe";
import { causeTreeFile, importCauseTree } from "./support/causeTree";

test("a near-identical copy marked as covered counts in the coverage panel; one undo takes it back; no axe findings", async ({
  page,
}) => {
  const quotes = parsedSeedQuotes();
  const [group] = nearDuplicateGroups(quotes);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const [placed, copy] = (group ?? []).map((id) => byId.get(id)) as Quote[];
  if (!placed || !copy) throw new Error("the seed corpus has no near-identical quotes");
  // An analysis with one card: the first copy of the group.
  const card = {
    kind: "quote",
    id: "placed-copy",
    position: { x: 0, y: 0 },
    clusterId: null,
    quoteId: placed.id,
    corpusId: "seed-samen-tegen-mensenhandel",
    snapshot: quoteSnapshot(placed),
  };
  const analysis = {
    ...causeTreeFile.analysis,
    id: "covered-copies",
    title: "Gedekte citaten",
    nodes: [card],
    edges: [],
  };
  await importCauseTree(page, { ...causeTreeFile, analysis });

  await page.getByRole("tab", { name: "Dekking" }).click();
  const overall = page.getByTestId("coverage-overall");
  await expect(overall).toContainText(/^1 van /);
  await page.getByText("Bijna gelijke citaten").click();
  const row = page.locator(`[data-duplicate-quote="${copy.id}"]`);
  await row.getByRole("button", { name: "Markeer als gedekt" }).click();
  await expect(overall).toContainText(/^2 van /);
  await expect(page.getByTestId("coverage-covered")).toHaveText(
    "1 citaat telt mee als gedekt door een bijna gelijk citaat.",
  );
  // The same button takes the mark away; it keeps the focus.
  await expect(row.getByRole("button", { name: "Niet meer gedekt" })).toBeFocused();
  expect(await axeFindings(page, ".coverage")).toEqual([]);

  await page.keyboard.press("Control+z");
  await expect(overall).toContainText(/^1 van /);
  await expect(row.getByRole("button", { name: "Markeer als gedekt" })).toBeVisible();
});

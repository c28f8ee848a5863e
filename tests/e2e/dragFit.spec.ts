import { expect, type Locator, type Page, test } from "@playwright/test";
import { quoteSnapshot } from "../../src/domain/analysis/operations/place";
import { parsedSeedQuotes } from "./support/app";
import { nodesOfKind } from "./support/canvas";
import { causeTreeFile, importCauseTree } from "./support/causeTree";

/**
 * Two clusters of two themes that share little wording: the care coordinators (3.14) and the
 * slow follow-up of victims (2.21), four seed quotes each, as an analyst would have made them.
 */
function twoClusterFile() {
  const quotes = parsedSeedQuotes();
  const cards = (section: string, clusterId: string) =>
    quotes
      .filter((q) => q.section === section)
      .slice(0, 4)
      .map((q, i) => ({
        kind: "quote",
        id: `${clusterId}-${i}`,
        position: { x: 16, y: 56 + i * 110 },
        clusterId,
        quoteId: q.id,
        corpusId: "seed-samen-tegen-mensenhandel",
        snapshot: quoteSnapshot(q),
      }));
  const cluster = (id: string, label: string, x: number) => ({
    kind: "cluster",
    id,
    position: { x, y: 0 },
    label,
    role: null,
    collapsed: false,
  });
  const nodes = [
    cluster("zorg", "Zorgcoördinatoren", 0),
    ...cards("3.14", "zorg"),
    cluster("opvolging", "Slachtoffers na de melding", 500),
    ...cards("2.21", "opvolging"),
  ];
  const analysis = {
    ...causeTreeFile.analysis,
    id: "drag-fit",
    title: "Bij welk cluster",
    nodes,
    edges: [],
  };
  return { ...causeTreeFile, analysis };
}

/** Picks a library quote up with the mouse and holds it over the canvas (not let go). */
async function dragOverPane(page: Page, item: Locator) {
  const paneBox = await page.locator(".react-flow__pane").boundingBox();
  const itemBox = await item.boundingBox();
  if (!paneBox || !itemBox) throw new Error("library item or pane not visible");
  await page.mouse.move(itemBox.x + itemBox.width / 2, itemBox.y + 20);
  await page.mouse.down();
  await page.mouse.move(paneBox.x + paneBox.width * 0.7, paneBox.y + paneBox.height * 0.5, {
    steps: 8,
  });
}

test("dragging a quote from the library highlights the cluster of its theme, named for screen readers; it still drops anywhere", async ({
  page,
}) => {
  const file = twoClusterFile();
  await importCauseTree(page, file);
  const quote = parsedSeedQuotes().find(
    (q) => q.section === "3.14" && q.text.startsWith("Het feit dat er een steeds dekkend"),
  );
  if (!quote) throw new Error("seed quote of 3.14 not found");

  await page.getByLabel("Zoek in citaten").fill("steeds dekkend landschap");
  const item = page.locator(`#library [data-quote-id="${quote.id}"]`);
  await expect(item).toBeVisible();
  await dragOverPane(page, item);
  const zorg = page.locator('.cluster[data-node-id="zorg"]');
  await expect(zorg).toHaveAttribute("data-drag-fit", "1");
  await expect(page.getByTestId("drag-fit-status")).toContainText(
    "Past het best bij cluster Zorgcoördinatoren",
  );
  await expect(page.locator('.cluster[data-node-id="opvolging"]')).not.toHaveAttribute(
    "data-drag-fit",
    "1",
  );

  // Dropped where the person lets go (the best fit is only a hint): it lands, the light goes out.
  await page.mouse.up();
  await expect(nodesOfKind(page, "quote")).toHaveCount(9);
  await expect(page.locator(".cluster[data-drag-fit]")).toHaveCount(0);
  await expect(page.getByTestId("drag-fit-status")).toHaveText("");

  // The same question when the card on the canvas is dragged again.
  const card = nodesOfKind(page, "quote").filter({ hasText: "steeds dekkend landschap" });
  const cardBox = await card.boundingBox();
  if (!cardBox) throw new Error("placed card not visible");
  await page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(cardBox.x + cardBox.width / 2 + 40, cardBox.y + cardBox.height / 2 + 30, {
    steps: 5,
  });
  await expect(zorg).toHaveAttribute("data-drag-fit", "1");
  await page.mouse.up();
  await expect(page.locator(".cluster[data-drag-fit]")).toHaveCount(0);
});

test("a quote that shares nothing with the clusters outlines none while dragged, and the status line says no cluster fits", async ({
  page,
}) => {
  await importCauseTree(page, twoClusterFile());
  // About homeless youngsters (1.2): no word in common with either cluster.
  await page.getByLabel("Zoek in citaten").fill("zwerfjongeren dakloosheid");
  const item = page.locator("#library article.quote").filter({ hasText: "zwerfjongeren" });
  await expect(item).toHaveCount(1);
  await dragOverPane(page, item);
  await expect(page.getByTestId("drag-fit-status")).toHaveText("Past bij geen cluster duidelijk.");
  await expect(page.locator(".cluster[data-drag-fit]")).toHaveCount(0);
  await page.mouse.up();
  await expect(page.getByTestId("drag-fit-status")).toHaveText("");
});

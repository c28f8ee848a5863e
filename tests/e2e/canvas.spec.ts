import { expect, test } from "@playwright/test";
import { openApp, parsedSeedQuotes } from "./support/app";
import {
  canvasNode,
  canvasPosition,
  centreOf,
  dragQuoteToCanvas,
  linkNodes,
  nodesOfKind,
} from "./support/canvas";

const quotes = parsedSeedQuotes();
/** Three quotes from one section, each found by searching its opening words. */
const sample = quotes.filter((q) => q.section === "2.11" && !q.pullQuote).slice(0, 3);
const openingWords = (text: string) => text.split(/\s+/).slice(0, 6).join(" ");

test("main flow: place quotes, cluster, roles, link, lay out, undo, trace the evidence", async ({
  page,
}) => {
  expect(sample).toHaveLength(3);
  await openApp(page);

  const spots = [
    { x: 120, y: 120 },
    { x: 460, y: 140 },
    { x: 300, y: 420 },
  ];
  for (const [i, quote] of sample.entries()) {
    const at = spots[i] as { x: number; y: number };
    await dragQuoteToCanvas(page, quote.id, openingWords(quote.text), at.x, at.y);
  }
  const cards = nodesOfKind(page, "quote");
  await expect(cards).toHaveCount(3);
  // The library marks what is on the canvas.
  await expect(page.locator(`[data-quote-id="${sample[2]?.id}"] .placed-badge`)).toBeVisible();

  // Group the first two into a cluster and name it.
  await cards.nth(0).click();
  await cards.nth(1).click({ modifiers: ["Shift"] });
  await page.keyboard.press("g");
  const labelField = page.getByLabel("Tekst bewerken");
  await expect(labelField).toBeFocused();
  await labelField.fill("Beperkte gegevensdeling");
  await labelField.press("Enter");
  const cluster = nodesOfKind(page, "cluster");
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toContainText("Beperkte gegevensdeling");
  await expect(cluster).toContainText("2 citaten");

  // Role: cause (cluster is selected after grouping).
  await page.keyboard.press("2");
  await expect(cluster).toContainText("Oorzaak");

  // A problem factor.
  await page.getByRole("button", { name: "+ Factor" }).click();
  const factorField = page.getByLabel("Tekst bewerken");
  await factorField.fill("Signalen leiden niet tot opsporing");
  await factorField.press("Enter");
  const factor = nodesOfKind(page, "factor");
  await expect(factor).toHaveCount(1);
  await factor.click();
  await page.keyboard.press("1");
  await expect(factor).toContainText("Kernprobleem");

  // Link cause → problem by dragging between handles.
  await linkNodes(page, cluster, factor);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // Auto-layout puts the cause below the problem; undo brings the old positions back.
  const before = { cluster: await canvasPosition(cluster), factor: await canvasPosition(factor) };
  await page.getByRole("button", { name: "Boom ordenen" }).click();
  await expect(async () => {
    const c = await centreOf(cluster);
    const f = await centreOf(factor);
    expect(c.y).toBeGreaterThan(f.y);
  }).toPass();
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(async () => {
    expect(await canvasPosition(cluster)).toEqual(before.cluster);
    expect(await canvasPosition(factor)).toEqual(before.factor);
  }).toPass();

  // Traceability: selecting the cluster lists its two quotes; the badge counts 2.
  await cluster.locator(".cluster-header").click();
  const trace = page.getByRole("tabpanel", { name: "Onderbouwing" });
  for (const quote of sample.slice(0, 2)) {
    await expect(trace).toContainText(quote.text.slice(0, 40));
  }
  await expect(trace).not.toContainText((sample[2]?.text ?? "").slice(0, 40));
  await expect(cluster.getByTestId("evidence-count")).toContainText("2");
  await expect(
    canvasNode(page, (await factor.getAttribute("data-id")) ?? "").getByTestId("evidence-count"),
  ).toContainText("2");
});

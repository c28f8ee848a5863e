import { expect, type Page, test } from "@playwright/test";
import { analysisSaved, openApp, storedAnalyses } from "./support/app";
import { axeFindings } from "./support/axe";
import { nodesOfKind } from "./support/canvas";

/**
 * Two themes of the bloemlezing that share little wording: slow follow-up of victims (2.21)
 * and the care coordinators (3.14).
 */
const THEMES = [
  { chapter: "2", section: "2.21" },
  { chapter: "3", section: "3.14" },
];

/** Filters the library to one theme and puts its first `count` quotes on the canvas. */
async function placeFromTheme(page: Page, theme: (typeof THEMES)[number], count: number) {
  await page.getByLabel("Hoofdstuk", { exact: true }).selectOption(theme.chapter);
  await page.getByLabel("Thema", { exact: true }).selectOption(theme.section);
  await expect(page.locator("#library")).toHaveAttribute("aria-busy", "false");
  const cards = nodesOfKind(page, "quote");
  const before = await cards.count();
  for (let i = 0; i < count; i++) {
    await page
      .locator("#library article.quote")
      .nth(i)
      .getByRole("button", { name: "Op canvas" })
      .click();
    await expect(cards).toHaveCount(before + i + 1);
  }
}

test("Shift+V on a selected card puts its similar quotes beside it; one Ctrl+Z takes them away", async ({
  page,
}) => {
  const [theme] = THEMES;
  if (!theme) throw new Error("no theme to place from");
  await openApp(page);
  await placeFromTheme(page, theme, 1);
  const cards = nodesOfKind(page, "quote");
  await expect(cards).toHaveCount(1);
  await cards.first().click();
  await expect(page.locator(".react-flow__node-quote.selected")).toHaveCount(1);
  await page.keyboard.press("Shift+V");
  // The card and its five most similar quotes, beside it (it is in no cluster).
  await expect(cards).toHaveCount(6);
  await expect(nodesOfKind(page, "cluster")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(cards).toHaveCount(1);
});

test("suggested clusters: 12 loose cards of two themes, 2 clusters proposed and accepted, split along the themes; one undo removes both", async ({
  page,
}) => {
  await openApp(page);
  for (const theme of THEMES) await placeFromTheme(page, theme, 6);
  await expect(nodesOfKind(page, "quote")).toHaveCount(12);

  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Control+a");
  await expect(page.locator(".react-flow__node-quote.selected")).toHaveCount(12);

  await page.getByRole("button", { name: "Stel clusters voor" }).click();
  const dialog = page.getByRole("dialog", { name: "Clusters voorstellen" });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole("radio", { name: "Geselecteerde kaarten (12 kaarten)" }),
  ).toBeChecked();
  await dialog.getByLabel("Ongeveer zoveel clusters").fill("2");
  await dialog.getByRole("button", { name: "Voorstellen maken" }).click();
  await expect(dialog.getByText("2 voorstellen")).toBeVisible();
  const proposals = dialog.locator(".suggest-proposal");
  await expect(proposals).toHaveCount(2);
  // Every proposal says why: its shared words.
  await expect(proposals.nth(0)).toContainText("Gedeelde woorden:");
  // Nothing has changed before acceptance.
  await expect(nodesOfKind(page, "cluster")).toHaveCount(0);
  expect(await axeFindings(page, ".suggest-dialog")).toEqual([]);

  await proposals.nth(0).getByRole("button", { name: "Overnemen" }).click();
  await proposals.nth(1).getByRole("button", { name: "Overnemen" }).click();
  await expect(proposals.nth(1).getByRole("button", { name: "Overnemen" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await dialog.getByRole("button", { name: "Zet 2 clusters op het canvas" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(nodesOfKind(page, "cluster")).toHaveCount(2);

  await analysisSaved(page);
  const [stored] = (await storedAnalyses(page)).filter((a) =>
    a.nodes.some((n) => n.kind === "cluster"),
  );
  const nodes = (stored?.nodes ?? []) as {
    id: string;
    kind: string;
    clusterId?: string | null;
    snapshot?: { section: string };
  }[];
  const clusters = nodes.filter((n) => n.kind === "cluster");
  const sectionsOf = (clusterId: string) =>
    [
      ...new Set(nodes.filter((n) => n.clusterId === clusterId).map((n) => n.snapshot?.section)),
    ].sort();
  const split = clusters.map((c) => sectionsOf(c.id)).sort();
  expect(split).toEqual([["2.21"], ["3.14"]]);
  expect(clusters.map((c) => nodes.filter((n) => n.clusterId === c.id).length)).toEqual([6, 6]);

  // One undo step takes both clusters away; the cards stay.
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Control+z");
  await expect(nodesOfKind(page, "cluster")).toHaveCount(0);
  await expect(nodesOfKind(page, "quote")).toHaveCount(12);
});

test("similar quotes: a quote's most similar quotes with shared words marked, put beside it in one step", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Hoofdstuk", { exact: true }).selectOption("3");
  await page.getByLabel("Thema", { exact: true }).selectOption("3.14");
  const first = page.locator("#library article.quote").first();
  await first.getByRole("button", { name: "Vergelijkbaar" }).click();
  const similar = first.getByRole("region", { name: "Vergelijkbare citaten" });
  await expect(similar.locator("li[data-similar-quote-id]")).toHaveCount(5);
  await expect(
    similar.locator("li[data-similar-quote-id]").first().locator("mark").first(),
  ).toBeVisible();
  await expect(similar.locator("li[data-similar-quote-id]").first()).toContainText(
    "Gedeelde woorden:",
  );
  await similar.getByRole("button", { name: "Zet ze naast dit citaat op het canvas" }).click();
  await expect(nodesOfKind(page, "quote")).toHaveCount(6);
  // Keyboard: V on a quote closes and opens its list.
  await first.focus();
  await page.keyboard.press("v");
  await expect(similar).toHaveCount(0);
  await page.keyboard.press("v");
  await expect(first.getByRole("region", { name: "Vergelijkbare citaten" })).toBeVisible();
});

test("similar quotes of a card on the canvas: shown in the side panel, put beside the card", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Hoofdstuk", { exact: true }).selectOption("3");
  await page.getByLabel("Thema", { exact: true }).selectOption("3.14");
  await page
    .locator("#library article.quote")
    .first()
    .getByRole("button", { name: "Op canvas" })
    .click();
  const cards = nodesOfKind(page, "quote");
  await expect(cards).toHaveCount(1);
  await cards.first().click();
  const panel = page.locator(".side-panel").getByRole("region", { name: "Vergelijkbare citaten" });
  await expect(panel.locator("li[data-similar-quote-id]")).toHaveCount(5);
  await panel.getByRole("button", { name: "Zet ze naast dit citaat op het canvas" }).click();
  await expect(cards).toHaveCount(6);
});

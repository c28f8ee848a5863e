import { expect, type Page, test } from "@playwright/test";
import { analysisSaved, openApp, storedAnalyses } from "./support/app";
import {
  addFactorByKeyboard,
  canvasNode,
  linkReachable,
  nodesOfKind,
  quoteTextSizesInView,
  typeSearch,
  viewSettled,
} from "./support/canvas";
import { nodeRects, overlap, pathPoints, type Rect } from "./support/geometry";

/**
 * "Boom ordenen" on a board built as a person builds it by keyboard (15 quotes placed with P,
 * three clusters made with G and given roles, a core-problem factor, a note, four links):
 * measured from the DOM boxes, no two top-level boxes overlap, every card lies inside its
 * cluster, and no card's text runs into its footer.
 */

/** Cards whose quote text box reaches into their "section · page" footer. */
async function textOnFooter(page: Page): Promise<{ checked: number; crossing: string[] }> {
  return page.locator(".quote-card:not(.summary)").evaluateAll((cards) => {
    const crossing: string[] = [];
    for (const card of cards) {
      const text = card.querySelector(".quote-card-text")?.getBoundingClientRect();
      const footer = card.querySelector(".quote-card-meta")?.getBoundingClientRect();
      if (!text || !footer || text.bottom > footer.top + 0.5)
        crossing.push(card.getAttribute("data-node-id") ?? "?");
    }
    return { checked: cards.length, crossing };
  });
}

/** The selected node's id, or null when none is selected (read at once, never waiting). */
const selectedId = (page: Page) =>
  page
    .locator(".react-flow__node.selected")
    .evaluateAll((nodes) => nodes[0]?.getAttribute("data-id") ?? null);

/** Presses ] until `id` is the selected node (the view follows the selection). */
async function selectById(page: Page, id: string) {
  for (let i = 0; i < 40 && (await selectedId(page)) !== id; i++) await page.keyboard.press("]");
  expect(await selectedId(page)).toBe(id);
}

/** Links `source` to `target` by keyboard: select the source, L, select the target, Enter. */
async function linkByKeyboard(page: Page, source: string, target: string) {
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Escape");
  await selectById(page, source);
  await page.keyboard.press("l");
  await selectById(page, target);
  await page.keyboard.press("Enter");
}

test("Boom ordenen on a keyboard-built board: no overlap, cards in clusters, text above footers, links around boxes and reachable, quotes of 18 px when presented", async ({
  page,
}) => {
  // Building the board takes some 60 key presses and clicks.
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);

  // 15 quotes with P, one after another from the search results.
  await page.keyboard.press("F6");
  await expect(page.getByLabel("Zoek in citaten")).toBeFocused();
  await typeSearch(page, "informatie");
  await page.keyboard.press("Tab"); // clear
  await page.keyboard.press("Tab"); // chapter
  await page.keyboard.press("Tab"); // section
  await page.keyboard.press("Tab"); // first quote
  const cards: string[] = [];
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("p");
    await expect(nodesOfKind(page, "quote")).toHaveCount(i + 1);
    cards.push((await selectedId(page)) ?? "");
    await page.keyboard.press("ArrowDown");
  }
  expect(new Set(cards).size).toBe(15);

  // Placed cards never pile up, and their text stays above their footer.
  await viewSettled(page);
  const placed = await nodeRects(page);
  const pile = cards.flatMap((a, i) =>
    cards
      .slice(i + 1)
      .flatMap((b) => (overlap(placed.get(a) as Rect, placed.get(b) as Rect) ? [`${a}/${b}`] : [])),
  );
  expect(pile).toEqual([]);
  const footers = await textOnFooter(page);
  expect(footers.checked).toBeGreaterThan(0);
  expect(footers.crossing).toEqual([]);

  // Cards are picked with the pointer: the overview map, which lies over the canvas' corner,
  // is put away first so that no card is under it.
  await page.getByRole("button", { name: "Meer canvasopties" }).click();
  await page.getByRole("button", { name: "Overzichtskaart tonen" }).click();
  await expect(page.getByRole("img", { name: "Overzichtskaart" })).toHaveCount(0);

  // Three clusters of five with G, each with a role.
  const clusters: string[] = [];
  const roles = ["2", "3", "2"];
  for (const [k, role] of roles.entries()) {
    await page.getByRole("button", { name: "Alles in beeld" }).click();
    await viewSettled(page);
    const members = cards.slice(k * 5, k * 5 + 5);
    await canvasNode(page, members[0] as string).click();
    for (const id of members.slice(1)) await canvasNode(page, id).click({ modifiers: ["Shift"] });
    await expect(page.locator(".react-flow__node.selected")).toHaveCount(5);
    await page.keyboard.press("g");
    await expect(page.locator(".editable-field")).toBeFocused();
    await page.keyboard.type(`Cluster ${k + 1}`);
    await page.keyboard.press("Enter");
    await page.keyboard.press(role);
    clusters.push((await selectedId(page)) ?? "");
  }
  await expect(nodesOfKind(page, "cluster")).toHaveCount(3);

  // A core problem and a note.
  await addFactorByKeyboard(page, "Signalen leiden niet tot opsporing", "1");
  await expect(nodesOfKind(page, "factor")).toContainText("Kernprobleem");
  const problem = (await selectedId(page)) ?? "";
  await page.keyboard.press("n");
  await expect(page.locator(".editable-field")).toBeFocused();
  await page.keyboard.type("Nog navragen bij de politie");
  await page.keyboard.press("Enter");
  await expect(nodesOfKind(page, "note")).toHaveCount(1);

  // Four links: two causes of the problem, a cause of a cause, and an effect.
  const [first, effects, second] = clusters as [string, string, string];
  await linkByKeyboard(page, first, problem);
  await linkByKeyboard(page, second, problem);
  await linkByKeyboard(page, second, first);
  await linkByKeyboard(page, problem, effects);
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);

  const layout = page.getByRole("button", { name: "Boom ordenen" });
  await layout.click();
  await expect(layout).toHaveAttribute("data-layout-runs", "1");
  await analysisSaved(page);
  const [stored] = await storedAnalyses(page);
  const inCluster = new Map(
    (stored?.nodes ?? []).flatMap((n) => {
      const clusterId = (n as { clusterId?: string | null }).clusterId;
      return clusterId ? [[n.id, clusterId] as const] : [];
    }),
  );
  const topLevel = (stored?.nodes ?? []).map((n) => n.id).filter((id) => !inCluster.has(id));
  expect(topLevel).toHaveLength(5);
  expect(inCluster.size).toBe(15);

  // Measured once the canvas shows the stored positions (the view may still be fitting).
  await viewSettled(page);
  await expect
    .poll(async () => {
      const rects = await nodeRects(page);
      const problems: string[] = [];
      topLevel.forEach((a, i) => {
        for (const b of topLevel.slice(i + 1))
          if (overlap(rects.get(a) as Rect, rects.get(b) as Rect))
            problems.push(`overlap ${a}/${b}`);
      });
      for (const [card, cluster] of inCluster) {
        const c = rects.get(card) as Rect;
        const k = rects.get(cluster) as Rect;
        const inside =
          c.left >= k.left - 0.5 &&
          c.top >= k.top - 0.5 &&
          c.right <= k.right + 0.5 &&
          c.bottom <= k.bottom + 0.5;
        if (!inside) problems.push(`outside ${card}`);
      }
      // The causes lie below the problem, the effects above it.
      const y = (id: string) => (rects.get(id) as Rect).top;
      if (!(y(first) > y(problem) && y(second) > y(first) && y(effects) < y(problem)))
        problems.push("ranks");
      return problems;
    })
    .toEqual([]);

  // Every link runs around the boxes that are not its ends: points along each drawn path,
  // in screen pixels, never fall inside another top-level box.
  const links = (stored?.edges ?? []).map((e) => {
    const own = [e.source, e.target].flatMap((id) => [id, inCluster.get(id) ?? id]);
    return { id: e.id, others: topLevel.filter((id) => !own.includes(id)) };
  });
  expect(links).toHaveLength(4);
  await expect
    .poll(async () => {
      const rects = await nodeRects(page);
      const crossing: string[] = [];
      for (const link of links) {
        const points = await pathPoints(page, link.id);
        if (points.length === 0) crossing.push(`${link.id} not drawn`);
        for (const other of link.others) {
          const r = rects.get(other) as Rect;
          if (
            points.some(
              (p) => p.x > r.left + 2 && p.x < r.right - 2 && p.y > r.top + 2 && p.y < r.bottom - 2,
            )
          )
            crossing.push(`${link.id} over ${other}`);
        }
      }
      return crossing;
    })
    .toEqual([]);
  // Each link has a stretch the pointer reaches.
  const edges = page.locator(".react-flow__edge");
  for (let i = 0; i < 4; i++) expect(await linkReachable(edges.nth(i))).toBe(true);

  // On the projector (1920 × 1080), presenting fits the core problem with readable quotes.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press("Shift+P");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await viewSettled(page);
  await expect(canvasNode(page, problem)).toBeInViewport();
  const sizes = await quoteTextSizesInView(page);
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
});

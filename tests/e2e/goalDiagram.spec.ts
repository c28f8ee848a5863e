import { expect, type Page, test } from "@playwright/test";
import { viewSettled } from "./support/canvas";
import { importCauseTree, largerCauseTree } from "./support/causeTree";
import { nodeRects, overlap, pathPoints, type Rect } from "./support/geometry";

/**
 * The goal diagram reads like the problem tree on a laptop and on a projector-sized screen:
 * measured from the DOM, no two cards overlap, no label lies on a card, every link runs around
 * the cards it does not join, and card titles are at least 12 px on screen (the smallest text
 * the problem tree shows: its link labels). The diagram stays in view while the editor below
 * scrolls.
 */

/** On-screen font sizes (px) of the card titles inside the diagram's visible area. */
function titleSizesInView(page: Page): Promise<number[]> {
  return page.getByTestId("goal-diagram").evaluate((diagram) => {
    const pane = diagram.getBoundingClientRect();
    const viewport = diagram.querySelector<HTMLElement>(".react-flow__viewport");
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? "")?.[1]);
    return [...diagram.querySelectorAll(".goal-node-title")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.left >= pane.left &&
          box.right <= pane.right &&
          box.top >= pane.top &&
          box.bottom <= pane.bottom
        );
      })
      .map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
  });
}

/** The link labels' boxes on screen, one per place (links into one target share theirs). */
function labelRects(page: Page): Promise<Rect[]> {
  return page
    .getByTestId("goal-diagram")
    .locator(".react-flow__edge-text")
    .evaluateAll((labels) => {
      const seen = new Map<string, Rect>();
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        const id = `${Math.round(r.left)},${Math.round(r.top)}`;
        seen.set(id, { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      return [...seen.values()];
    });
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`goal diagram at ${size.width} × ${size.height}: no overlap, routed links, titles of 12 px or more, in view while the editor scrolls`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(size);
    const file = largerCauseTree();
    await importCauseTree(page, file);
    await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
    await page.getByRole("button", { name: "Maak doelenboom" }).click();
    const diagram = page.getByTestId("goal-diagram");
    const goals = file.analysis.nodes.length;
    await expect(diagram.locator(".react-flow__node")).toHaveCount(goals);

    // An action under a goal of the lowest rank: one more rank below the tree.
    await page
      .getByRole("button", { name: /^Actie toevoegen bij: Kennis: te weinig middelen/ })
      .click();
    await page.keyboard.type("Training voor huisartsen en wijkteams");
    await expect(diagram.locator(".react-flow__node")).toHaveCount(goals + 1);
    await expect(diagram.locator(".react-flow__edge")).toHaveCount(file.analysis.edges.length + 1);
    await expect(diagram.locator(".react-flow__edge-text").first()).toHaveText("draagt bij aan");
    await viewSettled(page);

    await expect
      .poll(async () => {
        const rects = await nodeRects(page);
        const ids = [...rects.keys()];
        const problems = ids.flatMap((a, i) =>
          ids
            .slice(i + 1)
            .filter((b) => overlap(rects.get(a) as Rect, rects.get(b) as Rect))
            .map((b) => `cards ${a}/${b}`),
        );
        for (const label of await labelRects(page))
          for (const [id, card] of rects)
            if (overlap(label, card)) problems.push(`label at ${label.id} on ${id}`);
        // Links go around the cards they do not join.
        const links = await diagram
          .locator(".react-flow__edge")
          .evaluateAll((edges) =>
            edges.map((e) => (e.getAttribute("data-testid") ?? "").replace(/^rf__edge-/, "")),
          );
        for (const link of links) {
          const points = await pathPoints(page, link);
          const first = points[0];
          const last = points.at(-1);
          if (!first || !last) {
            problems.push(`${link} not drawn`);
            continue;
          }
          // The cards it joins: those its first and last points touch.
          const touches = (r: Rect, p: { x: number; y: number }) =>
            p.x >= r.left - 3 && p.x <= r.right + 3 && p.y >= r.top - 3 && p.y <= r.bottom + 3;
          for (const [id, r] of rects) {
            if (touches(r, first) || touches(r, last)) continue;
            if (points.some((p) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom))
              problems.push(`${link} over ${id}`);
          }
        }
        return problems;
      })
      .toEqual([]);

    const sizes = await titleSizesInView(page);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);

    // The editor scrolls in its own area; the diagram and the page stay where they are.
    const before = await diagram.boundingBox();
    await page.getByRole("textbox", { name: "Toelichting" }).last().scrollIntoViewIfNeeded();
    await expect(page.getByRole("textbox", { name: "Toelichting" }).last()).toBeInViewport();
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    expect(await diagram.boundingBox()).toEqual(before);
    expect(before?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((before?.y ?? 0) + (before?.height ?? 0)).toBeLessThanOrEqual(size.height);
    expect(before?.height ?? 0).toBeGreaterThanOrEqual(size.height / 2.2);
  });
}

test("the goal tree presents as the problem tree does: the diagram alone, titles of 18 px or more, '.' steps down the ranks, Shift+P back", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await importCauseTree(page, largerCauseTree());
  await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
  await page.getByRole("button", { name: "Maak doelenboom" }).click();
  const diagram = page.getByTestId("goal-diagram");
  const card = (text: string) => diagram.locator(".react-flow__node", { hasText: text });
  await expect(card("Slachtoffers van mensenhandel")).toBeVisible();

  await page.getByRole("button", { name: "Presenteren" }).click();
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.getByRole("heading", { name: "Doelen herschrijven" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Doelenboom", exact: true })).toBeHidden();
  await viewSettled(page);
  await expect(card("Slachtoffers van mensenhandel")).toBeInViewport();
  const sizes = await titleSizesInView(page);
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);

  // '.': the next rank down, with its neighbours: the root goals come into view.
  const view = diagram.locator(".react-flow__viewport");
  const before = await view.getAttribute("style");
  await page.keyboard.press(".");
  await expect(view).not.toHaveAttribute("style", before ?? "");
  await viewSettled(page);
  await expect(card("Kennis: te weinig middelen")).toBeInViewport();

  await page.keyboard.press("Shift+P");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(page.getByRole("heading", { name: "Doelen herschrijven" })).toBeVisible();
});

import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./support/app";
import { axeFindings } from "./support/axe";
import {
  addFactorByKeyboard as addFactor,
  canvasPosition,
  centreOf,
  nodesOfKind,
} from "./support/canvas";
import {
  colleague,
  factorLabels as labels,
  makeLink,
  presentNames,
  shareFrom,
  syncServerForFile,
} from "./support/syncServer";

// The real sync server (Hocuspocus + SQLite) on a free localhost port, for this file only.
const server = syncServerForFile();

test("a view-only link shows 'Alleen bekijken' and offers no way to change the analysis", async ({
  page,
  browser,
}) => {
  await openApp(page);
  await addFactor(page, "Gedeelde oorzaak");
  const dialog = await shareFrom(page, server());
  const link = await makeLink(page, "bekijken");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  const viewer = await colleague(browser, link);
  await expect.poll(() => labels(viewer)).toEqual(["Gedeelde oorzaak"]);

  // The state is named where the editing tools were; none of them is there.
  const toolbar = viewer.getByRole("toolbar", { name: "Canvasacties" });
  await expect(toolbar.getByText("Alleen bekijken")).toBeVisible();
  for (const name of [/Factor/, /Notitie/, /Ongedaan maken/, /Boom ordenen/]) {
    await expect(toolbar.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(viewer.getByRole("button", { name: "Stemmen" })).toHaveCount(0);

  // Selecting still works, but nothing acts on the selection: no bar, no keys, no drag.
  const card = nodesOfKind(viewer, "factor").first();
  await card.click();
  await expect(card).toHaveClass(/selected/);
  await expect(viewer.getByRole("toolbar", { name: "Selectie" })).toHaveCount(0);
  for (const key of ["Delete", "f", "n", "2", "g", "Enter"]) await viewer.keyboard.press(key);
  await expect(viewer.locator(".react-flow__node textarea, .react-flow__node input")).toHaveCount(
    0,
  );
  // A drag on the card pans the view instead: the card keeps its place on the canvas.
  const before = await canvasPosition(card);
  const grip = await centreOf(card);
  await viewer.mouse.move(grip.x, grip.y);
  await viewer.mouse.down();
  await viewer.mouse.move(grip.x + 120, grip.y + 80, { steps: 6 });
  await viewer.mouse.up();
  await card.dblclick();
  await expect(viewer.locator(".react-flow__node textarea, .react-flow__node input")).toHaveCount(
    0,
  );
  expect(await canvasPosition(card)).toEqual(before);
  await expect.poll(() => labels(viewer)).toEqual(["Gedeelde oorzaak"]);
  await expect(nodesOfKind(viewer, "note")).toHaveCount(0);

  // The owner's later edit still arrives, and the viewer's screen passes axe.
  await addFactor(page, "Daarna van de eigenaar");
  await expect.poll(() => labels(viewer)).toEqual(["Daarna van de eigenaar", "Gedeelde oorzaak"]);
  expect(await labels(page)).toEqual(["Daarna van de eigenaar", "Gedeelde oorzaak"]);
  expect(await axeFindings(viewer)).toEqual([]);
  await viewer.context().close();
});

test("who is here: a colleague's name in the header, their selection outlined and their pointer, gone when they leave", async ({
  page,
  browser,
}) => {
  await openApp(page);
  await addFactor(page, "Oorzaak A");
  await addFactor(page, "Oorzaak B");
  const dialog = await shareFrom(page, server(), "Anna");
  const link = await makeLink(page, "bewerken");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  const bob = await colleague(browser, link, "Bob");
  await expect.poll(() => presentNames(page)).toEqual(["Anna (u)", "Bob"]);
  await expect.poll(() => presentNames(bob)).toEqual(["Bob (u)", "Anna"]);

  // Bob selects a factor: Anna sees it outlined with his name, and it is described by it.
  const cardOf = (someone: typeof page, label: string) =>
    nodesOfKind(someone, "factor").filter({ hasText: label });
  await cardOf(bob, "Oorzaak A").click();
  const outlined = cardOf(page, "Oorzaak A");
  await expect(outlined).toHaveAccessibleDescription(/Geselecteerd door Bob$/);
  await expect(page.locator(".peer-tag", { hasText: "Bob" })).toBeVisible();
  await expect(cardOf(page, "Oorzaak B")).not.toHaveAccessibleDescription(/Geselecteerd/);

  // His pointer on the canvas shows at Anna's as a labelled arrow.
  const grip = await centreOf(cardOf(bob, "Oorzaak B"));
  await bob.mouse.move(grip.x + 40, grip.y + 60, { steps: 4 });
  await expect(page.locator(".peer-pointer", { hasText: "Bob" })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  // Her own name and colour can change from the list; the prompt passes axe too.
  await page.getByRole("button", { name: "Anna (u)" }).click();
  const prompt = page.getByRole("dialog", { name: "Hoe heet u?" });
  await expect(prompt.getByLabel("Naam", { exact: true })).toHaveValue("Anna");
  expect(await axeFindings(page)).toEqual([]);
  await prompt.getByLabel("Naam", { exact: true }).fill("Anna V.");
  await prompt.getByRole("radio", { name: "Paars" }).check();
  await prompt.getByRole("button", { name: "Opslaan" }).click();
  await expect.poll(() => presentNames(bob)).toEqual(["Bob (u)", "Anna V."]);

  // Bob leaves: his name, outline and pointer go.
  await bob.context().close();
  await expect.poll(() => presentNames(page)).toEqual(["Anna V. (u)"]);
  await expect(outlined).not.toHaveAccessibleDescription(/Geselecteerd/);
  await expect(page.locator(".peer-selection, .peer-pointer")).toHaveCount(0);
});

type Area = { x: number; y: number; width: number; height: number };
/** How far two visible areas are apart: the largest difference of their edges, in flow units. */
const apart = (a: Area, b: Area) =>
  Math.max(
    Math.abs(a.x - b.x),
    Math.abs(a.y - b.y),
    Math.abs(a.x + a.width - b.x - b.width),
    Math.abs(a.y + a.height - b.y - b.height),
  );

/** The part of the canvas a page shows, in flow coordinates (from React Flow's transform). */
function visibleArea(someone: Page): Promise<Area> {
  return someone.getByTestId("canvas").evaluate((canvas) => {
    const viewport = canvas.querySelector<HTMLElement>(".react-flow__viewport");
    const pane = canvas.querySelector<HTMLElement>(".react-flow__renderer");
    const matrix = new DOMMatrixReadOnly(viewport ? getComputedStyle(viewport).transform : "");
    const box = pane?.getBoundingClientRect();
    const zoom = matrix.a;
    return {
      x: Math.round(-matrix.e / zoom),
      y: Math.round(-matrix.f / zoom),
      width: Math.round((box?.width ?? 0) / zoom),
      height: Math.round((box?.height ?? 0) / zoom),
    };
  });
}

test("a projector on another device follows the facilitator's view and selection, until it stops", async ({
  page,
  browser,
}) => {
  await openApp(page);
  await addFactor(page, "Oorzaak A");
  await addFactor(page, "Oorzaak B");
  const dialog = await shareFrom(page, server(), "Anna");
  const link = await makeLink(page, "bekijken");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  const beamer = await colleague(browser, link, "Beamer");
  await expect.poll(() => presentNames(beamer)).toEqual(["Beamer (u)", "Anna"]);

  const follow = beamer.getByRole("button", { name: "Volg Anna" });
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  // Anna zooms in twice and selects a factor: the projector shows the same part, selected.
  await page.getByRole("button", { name: "Inzoomen" }).click();
  await page.getByRole("button", { name: "Inzoomen" }).click();
  await nodesOfKind(page, "factor").filter({ hasText: "Oorzaak B" }).click();
  const annaSees = await visibleArea(page);
  // The same area, but for rounding (both canvases are the same size here).
  await expect.poll(async () => apart(await visibleArea(beamer), annaSees)).toBeLessThanOrEqual(2);
  await expect(nodesOfKind(beamer, "factor").filter({ hasText: "Oorzaak B" })).toHaveClass(
    /selected/,
  );

  // Pressed again, the projector keeps its own view while Anna moves on.
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("button", { name: "Uitzoomen" }).click();
  await expect.poll(async () => apart(await visibleArea(page), annaSees)).toBeGreaterThan(50);
  // Her next selection reaches the projector as her outline, with her view in the same news.
  await nodesOfKind(page, "factor").filter({ hasText: "Oorzaak A" }).click();
  await expect(
    nodesOfKind(beamer, "factor").filter({ hasText: "Oorzaak A" }),
  ).toHaveAccessibleDescription(/Geselecteerd door Anna$/);
  expect(apart(await visibleArea(beamer), annaSees)).toBeLessThanOrEqual(2);
  expect(await axeFindings(beamer)).toEqual([]);
  await beamer.context().close();
});

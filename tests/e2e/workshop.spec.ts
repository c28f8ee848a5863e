import { expect, type Page, test } from "@playwright/test";
import { analysisSaved, openApp, waitUntilSearchable } from "./support/app";
import {
  addFactorByKeyboard as addFactor,
  canvasPosition,
  captureTree,
  nodesOfKind,
  viewSettled,
} from "./support/canvas";

const factor = (page: Page, label: string) =>
  nodesOfKind(page, "factor").filter({ hasText: label });
const captureField = (page: Page) => page.getByRole("textbox", { name: /^Snel vastleggen/ });

test("presentation mode: one key hides the panels, roles keep shape and colour apart", async ({
  page,
}) => {
  await openApp(page);
  await addFactor(page, "Kern", "1");
  await addFactor(page, "Oorzaak", "2");
  await addFactor(page, "Gevolg", "3");

  await page.keyboard.press("Shift+P");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.locator("#library")).toBeHidden();
  await expect(page.getByRole("complementary")).toBeHidden();
  await expect(page.getByRole("toolbar", { name: "Canvas" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Presentatie verlaten" })).toBeVisible();

  // Each role: its own icon, border style and colour (no two alike).
  const look = async (label: string) =>
    factor(page, label)
      .locator(".node")
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.borderTopStyle} ${style.borderTopColor}`;
      });
  const looks = [await look("Kern"), await look("Oorzaak"), await look("Gevolg")];
  expect(new Set(looks).size).toBe(3);
  expect(new Set(looks.map((l) => l.split(" ")[0])).size).toBe(3);
  await expect(factor(page, "Kern")).toContainText("◆");
  await expect(factor(page, "Oorzaak")).toContainText("▲");
  await expect(factor(page, "Gevolg")).toContainText("●");
  // Larger text than on the working screen.
  const size = await factor(page, "Kern")
    .locator(".node")
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);

  await page.getByTestId("canvas").focus();
  await page.keyboard.press("Shift+P");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.locator("#library")).toBeVisible();
});

test("quick capture: three causes and an effect by keyboard alone, each one undo step", async ({
  page,
}) => {
  await openApp(page);
  await addFactor(page, "Slachtoffers blijven buiten beeld", "1");
  await page.keyboard.press("a");
  const field = captureField(page);
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleName(/Slachtoffers blijven buiten beeld/);
  for (const cause of ["Signalen niet herkend", "Geen meldpunt", "Angst voor daders"]) {
    await page.keyboard.type(cause);
    await page.keyboard.press("Enter");
    await expect(factor(page, cause)).toHaveCount(1);
  }
  await expect(field).toHaveValue("");
  await page.keyboard.type("Daders gaan vrijuit");
  await page.keyboard.press("Shift+Enter");

  await expect(nodesOfKind(page, "factor")).toHaveCount(5);
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);
  for (const cause of ["Signalen niet herkend", "Geen meldpunt", "Angst voor daders"])
    await expect(factor(page, cause)).toContainText("Oorzaak");
  await expect(factor(page, "Daders gaan vrijuit")).toContainText("Gevolg");

  // Causes sit below the problem, side by side; the effect above.
  const problem = await canvasPosition(factor(page, "Slachtoffers blijven buiten beeld"));
  const causes = [
    await canvasPosition(factor(page, "Signalen niet herkend")),
    await canvasPosition(factor(page, "Geen meldpunt")),
    await canvasPosition(factor(page, "Angst voor daders")),
  ];
  for (const c of causes) expect(c.y).toBeGreaterThan(problem.y);
  expect(causes[0]?.x).toBeLessThan(causes[1]?.x ?? 0);
  expect(causes[1]?.x).toBeLessThan(causes[2]?.x ?? 0);
  expect((await canvasPosition(factor(page, "Daders gaan vrijuit"))).y).toBeLessThan(problem.y);

  // Down to the first cause, Tab to its siblings: the field names the node it captures for.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(field).toHaveAccessibleName(/Signalen niet herkend/);
  await page.keyboard.press("Tab");
  await expect(field).toHaveAccessibleName(/Geen meldpunt/);
  await expect(field).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(field).toHaveAccessibleName(/Signalen niet herkend/);

  // Escape goes back to the canvas and quick capture goes away; each capture was one undo step.
  await page.keyboard.press("Escape");
  await expect(field).toBeHidden();
  await expect(page.locator(".react-flow__node.selected")).toBeFocused();
  await page.keyboard.press("Control+z");
  await expect(factor(page, "Daders gaan vrijuit")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(3);
  await page.keyboard.press("Control+z");
  await expect(factor(page, "Angst voor daders")).toHaveCount(0);
  await expect(nodesOfKind(page, "factor")).toHaveCount(3);
  await page.keyboard.press("Control+Shift+z");
  await expect(factor(page, "Angst voor daders")).toHaveCount(1);
});

test("focus: the selected node's causal chain stays bright, level by level", async ({ page }) => {
  await openApp(page);
  await captureTree(page, "Kern", ["Oorzaak A"], ["Gevolg B"]);
  await addFactor(page, "Los element");
  await page.keyboard.press("Escape");

  const opacity = (label: string) =>
    factor(page, label).evaluate((el) =>
      Number(getComputedStyle(el.closest(".react-flow__node") ?? el).opacity),
    );
  await page.getByRole("button", { name: "Focus", exact: true }).click();
  // Nothing selected: focus starts at the core problem.
  await expect.poll(() => opacity("Los element")).toBeLessThan(0.5);
  expect(await opacity("Kern")).toBe(1);
  expect(await opacity("Oorzaak A")).toBe(1);
  expect(await opacity("Gevolg B")).toBe(1);
  await expect(page.getByTestId("focus-status")).toContainText("Focus op Kern: 3 elementen");

  await page.getByTestId("canvas").focus();
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("focus-level")).toHaveText("niveau 0 van 1");
  await expect.poll(() => opacity("Oorzaak A")).toBeLessThan(0.5);
  expect(await opacity("Kern")).toBe(1);
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("focus-level")).toHaveText("hele keten");
  await expect.poll(() => opacity("Oorzaak A")).toBe(1);

  await page.keyboard.press("h");
  await expect.poll(() => opacity("Los element")).toBe(1);
});

test("dot voting: a round with totals, a budget, a ranking, cleared without touching the tree", async ({
  page,
}) => {
  await openApp(page);
  await captureTree(page, "Kern", ["Oorzaak A", "Oorzaak B", "Oorzaak C"]);

  await page.keyboard.press("v");
  const panel = page.getByTestId("voting-panel");
  await expect(panel.getByLabel("Naam van de ronde")).toBeFocused();
  await page.keyboard.type("Wat weegt het zwaarst?");
  await panel.getByLabel("Stippen per deelnemer").fill("2");
  await panel.getByLabel("Aantal deelnemers").fill("3");
  await panel.getByRole("button", { name: "Stemronde starten" }).click();
  await expect(panel).toContainText("Open ronde: Wat weegt het zwaarst?");
  await expect(panel.getByTestId("voting-given")).toHaveText("0 van 6 stippen gegeven");

  // By click in the panel and on the node's badge, and by keyboard on the canvas.
  await panel.getByRole("button", { name: "Stip voor Oorzaak B" }).click();
  await panel.getByRole("button", { name: "Stip voor Oorzaak B" }).click();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await page.keyboard.press("!"); // everything in view
  await factor(page, "Oorzaak A").getByRole("button", { name: "Stip voor Oorzaak A" }).click();
  await factor(page, "Oorzaak A").click();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.keyboard.press("-");
  await page.keyboard.press("v");
  await panel.getByRole("button", { name: "Stip voor Oorzaak C" }).click();
  await expect(panel.getByTestId("voting-given")).toHaveText("5 van 6 stippen gegeven");

  const badge = (label: string) => factor(page, label).getByTestId("vote-badge");
  await expect(badge("Oorzaak A")).toContainText("2");
  await expect(badge("Oorzaak B")).toContainText("2");
  await expect(badge("Oorzaak C")).toContainText("1");
  await expect(badge("Kern")).toContainText("0");
  const ranking = panel.getByTestId("voting-ranking").getByRole("listitem");
  await expect(ranking).toHaveText([
    /Oorzaak A.*2 stippen/,
    /Oorzaak B.*2 stippen/,
    /Oorzaak C.*1 stip/,
  ]);

  // The budget: 6 dots in all.
  await panel.getByRole("button", { name: "Stip voor Kern" }).click();
  await expect(panel.getByRole("button", { name: "Stip voor Kern" })).toBeDisabled();
  await expect(panel.getByTestId("voting-given")).toHaveText("6 van 6 stippen gegeven");

  // Votes are part of the analysis: they survive a reload.
  await analysisSaved(page);
  await page.reload();
  await waitUntilSearchable(page);
  await expect(badge("Oorzaak B")).toContainText("2");

  await page.getByRole("button", { name: "Stemmen" }).click();
  await panel.getByRole("button", { name: "Ronde sluiten" }).click();
  await expect(panel.getByRole("button", { name: "Stemronde starten" })).toBeVisible();
  await expect(
    panel.getByRole("listitem").filter({ hasText: "Wat weegt het zwaarst?" }),
  ).toContainText(/gestart .* · gesloten/);
  await expect(factor(page, "Oorzaak A").getByRole("button", { name: /Stip voor/ })).toHaveCount(0);
  await panel.getByRole("button", { name: "Stemmen wissen" }).click();
  await expect(badge("Oorzaak A")).toContainText("0");
  await expect(nodesOfKind(page, "factor")).toHaveCount(4);
  await expect(page.locator(".react-flow__edge")).toHaveCount(3);
});

test("projector window: follows the analysis live, within a second of the key press", async ({
  page,
}) => {
  await openApp(page);
  await addFactor(page, "Kern van de zaak", "1");
  const [projector] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Projector" }).click(),
  ]);
  await expect(projector.getByTestId("projector")).toBeVisible();
  await expect(nodesOfKind(projector, "factor")).toContainText("Kern van de zaak");
  await expect(projector.getByRole("banner")).toBeHidden();

  const label = "Live vastgelegde oorzaak";
  // Each window notes when the new node and its link are on screen.
  const watch = (p: Page) =>
    p.evaluate((text) => {
      const w = window as unknown as { seenAt: Promise<number> };
      w.seenAt = new Promise<number>((resolve) => {
        const check = () => {
          const node = [...document.querySelectorAll(".react-flow__node")].find((n) =>
            n.textContent?.includes(text),
          );
          const linked = document.querySelectorAll(".react-flow__edge").length >= 1;
          if (!node || !linked || (node as HTMLElement).offsetParent === null) return false;
          resolve(performance.timeOrigin + performance.now());
          return true;
        };
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, label);
  await watch(page);
  await watch(projector);

  await page.getByTestId("canvas").focus();
  await page.keyboard.press("a");
  await expect(captureField(page)).toBeFocused();
  await page.keyboard.type(label);
  await page.evaluate(() => {
    const w = window as unknown as { pressedAt: number };
    window.addEventListener(
      "keydown",
      (e) => {
        if (e.key === "Enter") w.pressedAt = performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
  });
  await page.keyboard.press("Enter");
  const read = (p: Page) =>
    p.evaluate(() => (window as unknown as { seenAt: Promise<number> }).seenAt);
  const pressedAt = await page.evaluate(
    () => (window as unknown as { pressedAt: number }).pressedAt,
  );
  const here = (await read(page)) - pressedAt;
  const there = (await read(projector)) - pressedAt;
  test.info().annotations.push({
    type: "latency",
    description: `key press to linked node visible: this window ${here.toFixed(0)} ms, projector ${there.toFixed(0)} ms`,
  });
  console.log(
    `workshop latency: facilitator ${here.toFixed(1)} ms, projector ${there.toFixed(1)} ms`,
  );
  expect(here).toBeLessThan(1000);
  expect(there).toBeLessThan(1000);
  await expect(factor(projector, label)).toContainText("Oorzaak");

  // The projector follows focus and the timer.
  await page.getByRole("button", { name: "Focus", exact: true }).click();
  await expect(projector.getByTestId("focus-status")).toContainText("Focus op");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(projector.getByTestId("timer-clock")).toContainText(/4:5\d|5:00/);
  // Nothing can be edited there.
  await expect(projector.getByRole("textbox")).toHaveCount(0);

  // It follows the facilitator's zoom, or keeps everything in view when asked to.
  const zoomOf = (p: Page) =>
    p
      .locator(".react-flow__viewport")
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const zoomIn = page.getByRole("button", { name: "Inzoomen" });
  await expect(projector.getByRole("button", { name: "Volg de begeleider" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const before = await zoomOf(projector);
  await zoomIn.click();
  await zoomIn.click();
  await expect.poll(() => zoomOf(projector)).toBeGreaterThan(before * 1.2);
  await projector.getByRole("button", { name: "Alles in beeld" }).click();
  await viewSettled(projector);
  const fitted = await zoomOf(projector);
  await zoomIn.click();
  // Once the facilitator's view has stopped moving, every message the projector gets carries
  // it: step the selection on and wait until the projector shows that, then read its zoom.
  await viewSettled(page);
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("]");
  const selectedId = await page.locator(".react-flow__node.selected").getAttribute("data-id");
  await expect(projector.locator(".react-flow__node.selected")).toHaveAttribute(
    "data-id",
    selectedId ?? "",
  );
  expect(await zoomOf(projector)).toBeCloseTo(fitted, 3);

  // A voting round's result shows there once the round is closed, not while it runs.
  await page.getByTestId("canvas").focus();
  await page.keyboard.press("v");
  const panel = page.getByTestId("voting-panel");
  await expect(panel.getByLabel("Naam van de ronde")).toBeFocused();
  await page.keyboard.type("Prioriteit");
  await panel.getByRole("button", { name: "Stemronde starten" }).click();
  await panel.getByRole("button", { name: "Stip voor Kern van de zaak" }).click();
  const result = projector.getByRole("complementary", { name: "Uitslag van Prioriteit" });
  await expect(projector.getByTestId("vote-badge").first()).toBeVisible();
  await expect(result).toHaveCount(0);
  await panel.getByRole("button", { name: "Ronde sluiten" }).click();
  await expect(result.getByRole("listitem")).toHaveText([/Kern van de zaak.*1 stip/]);
});

test("offline: after the first visit the app reloads with no network, corpus included", async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker takes this page over (clientsClaim) once it is active.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await addFactor(page, "Zonder netwerk");
  await analysisSaved(page);

  await context.setOffline(true);
  await expect(
    page.evaluate(() =>
      fetch(`/manifest.webmanifest?x=${Math.random()}`).then(
        () => "online",
        () => "offline",
      ),
    ),
  ).resolves.toBe("offline");
  await page.reload();
  await waitUntilSearchable(page);
  await expect(page.getByTestId("library-result-count")).toContainText("592");
  await expect(factor(page, "Zonder netwerk")).toHaveCount(1);
  await page.getByLabel("Zoek in citaten").fill("mensenhandel");
  await expect(page.locator("[data-quote-id]").first()).toBeVisible();
  await context.setOffline(false);
});

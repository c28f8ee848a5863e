import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./support/app";
import { axeFindings } from "./support/axe";
import { captureTree, nodesOfKind } from "./support/canvas";
import {
  colleague,
  factorLabels,
  makeLink,
  shareFrom,
  shareStatus,
  syncServerForFile,
} from "./support/syncServer";

// The real sync server (Hocuspocus + SQLite) on a free localhost port, for this file only.
const server = syncServerForFile();

const factor = (page: Page, label: string) =>
  nodesOfKind(page, "factor").filter({ hasText: label });

/** The facilitator's analysis with these factors, shared, and a participant link for the room. */
async function sharedWithParticipantLink(page: Page, problem: string, causes: string[]) {
  await openApp(page);
  await captureTree(page, problem, causes);
  const dialog = await shareFrom(page, server());
  const link = await makeLink(page, "deelnemen");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  return link;
}

/** The facilitator starts a voting round; answers the voting panel. */
async function startRound(page: Page, name: string, dots: number, participants: number) {
  await page.getByRole("button", { name: "Stemmen" }).click();
  const panel = page.getByTestId("voting-panel");
  await panel.getByLabel("Naam van de ronde").fill(name);
  await panel.getByLabel("Stippen per deelnemer").fill(String(dots));
  await panel.getByLabel("Aantal deelnemers").fill(String(participants));
  await panel.getByRole("button", { name: "Stemronde starten" }).click();
  return panel;
}

/** Pairs of things in the header (its items and theirs) whose boxes overlap, by text. */
function headerOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [
      ...document.querySelectorAll(".app-header > *, .analysis-nav > *, .header-end > *"),
    ].filter((el) => el.getClientRects().length > 0 && !el.matches(".analysis-nav, .header-end"));
    const boxes = items.map((el) => ({
      name: (el.textContent ?? "").trim().slice(0, 30),
      box: el.getBoundingClientRect(),
    }));
    const width = document.querySelector(".app-header")?.getBoundingClientRect().right ?? 0;
    const found: string[] = [];
    boxes.forEach((a, i) => {
      if (a.box.right > width + 0.5) found.push(`${a.name} past the header`);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5;
        if (!apart && a.box.width > 0 && b.box.width > 0) found.push(`${a.name} / ${b.name}`);
      }
    });
    return found;
  });
}

test("three participants vote from their own devices with their own dots, and the facilitator sees the counts", async ({
  page,
  browser,
}) => {
  // Four browsers at once on a 2-core machine: about a minute quiet, several when loaded.
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const link = await sharedWithParticipantLink(page, "Kern", ["Oorzaak A", "Oorzaak B"]);

  // The facilitator starts a round: 2 dots for each of 3 participants.
  const panel = await startRound(page, "Wat weegt het zwaarst?", 2, 3);
  await expect(panel.getByTestId("voting-given")).toHaveText("0 van 6 stippen gegeven");
  await expect(page.getByRole("button", { name: "+ Factor" })).toHaveCount(1);

  const names = ["Ayla", "Bram", "Chris"];
  const people = await Promise.all(names.map((name) => colleague(browser, link, name)));
  const choices = [
    ["Oorzaak A", "Oorzaak A"],
    ["Oorzaak A", "Oorzaak B"],
    ["Oorzaak B", "Kern"],
  ];
  await Promise.all(
    people.map(async (person, i) => {
      await expect(shareStatus(person)).toHaveText("Deelnemer");
      // The reduced view: no round to start or close, no factor to add from the toolbar.
      await expect(person.getByRole("button", { name: "+ Factor" })).toHaveCount(0);
      await person.getByRole("button", { name: "Stemmen" }).click();
      const own = person.getByTestId("voting-panel");
      await expect(own.getByTestId("voting-given")).toHaveText("U gaf 0 van uw 2 stippen");
      await expect(own.getByRole("button", { name: "Ronde sluiten" })).toHaveCount(0);
      for (const label of choices[i] ?? []) {
        await own.getByRole("button", { name: `Stip voor ${label}` }).click();
      }
      await expect(own.getByTestId("voting-given")).toHaveText("U gaf 2 van uw 2 stippen");
      // Their budget is spent: no third dot, whatever the others still have.
      await expect(own.getByRole("button", { name: "Stip voor Kern" })).toBeDisabled();
    }),
  );

  // Three colleagues in the facilitator's header at 1366 px: nothing there overlaps.
  await expect(page.getByRole("region", { name: "Wie is hier" }).getByRole("listitem")).toHaveCount(
    4,
  );
  expect(await headerOverlaps(page)).toEqual([]);

  const badge = (label: string) => factor(page, label).getByTestId("vote-badge");
  await expect(panel.getByTestId("voting-given")).toHaveText("6 van 6 stippen gegeven");
  await expect(badge("Oorzaak A")).toContainText("3");
  await expect(badge("Oorzaak B")).toContainText("2");
  await expect(badge("Kern")).toContainText("1");
  // Every participant sees the same room count, on a screen that passes axe.
  for (const person of people) {
    await expect(factor(person, "Oorzaak A").getByTestId("vote-badge")).toContainText("3");
  }
  expect(await axeFindings(people[0] as Page)).toEqual([]);
  for (const person of people) await person.context().close();
});

test("a participant adds a cause under the selected factor but cannot delete or rename another's", async ({
  page,
  browser,
}) => {
  const link = await sharedWithParticipantLink(page, "Kern", ["Oorzaak A"]);
  const ayla = await colleague(browser, link, "Ayla");
  await expect(shareStatus(ayla)).toHaveText("Deelnemer");
  await expect.poll(() => factorLabels(ayla)).toEqual(["Kern", "Oorzaak A"]);

  // Quick capture from the workshop bar: a cause of Kern, linked to it, for everyone.
  await factor(ayla, "Kern").click();
  await ayla.getByRole("button", { name: "Oorzaak of gevolg toevoegen bij de selectie" }).click();
  await ayla.keyboard.type("Te weinig tijd");
  await ayla.keyboard.press("Enter");
  await ayla.keyboard.press("Escape");
  await expect.poll(() => factorLabels(page)).toEqual(["Kern", "Oorzaak A", "Te weinig tijd"]);

  // Deleting someone else's factor does nothing, here or there.
  await factor(ayla, "Oorzaak A").click();
  await ayla.keyboard.press("Delete");
  await expect.poll(() => factorLabels(ayla)).toEqual(["Kern", "Oorzaak A", "Te weinig tijd"]);
  await expect.poll(() => factorLabels(page)).toEqual(["Kern", "Oorzaak A", "Te weinig tijd"]);
  await ayla.context().close();
});

test("a dot given offline in a round the facilitator closed meanwhile is refused by the server, and the participant is told and sees the round closed", async ({
  page,
  browser,
}) => {
  const link = await sharedWithParticipantLink(page, "Kern", ["Oorzaak A"]);
  const panel = await startRound(page, "Laatste kans", 2, 1);

  const ayla = await colleague(browser, link, "Ayla");
  await expect(shareStatus(ayla)).toHaveText("Deelnemer");
  const dot = factor(ayla, "Oorzaak A").getByRole("button", { name: "Stip voor Oorzaak A" });
  await expect(dot).toBeEnabled();
  await ayla.context().setOffline(true);
  await expect(shareStatus(ayla)).toHaveText(/offline/);

  // The facilitator closes the round; Ayla, not knowing, gives a dot in it.
  await panel.getByRole("button", { name: "Ronde sluiten" }).click();
  await expect(panel.getByRole("button", { name: "Stemronde starten" })).toBeVisible();
  await dot.click();
  await expect(factor(ayla, "Oorzaak A").getByTestId("vote-badge")).toContainText("1");

  // Back online, the server refuses the dot: she is told, and sees what the room sees.
  await ayla.context().setOffline(false);
  await expect(ayla.getByRole("alert")).toContainText("Een wijziging van u is niet aanvaard");
  await expect(shareStatus(ayla)).toHaveText("Deelnemer");
  await expect(factor(ayla, "Oorzaak A").getByRole("button", { name: /Stip voor/ })).toHaveCount(0);
  await expect(factor(ayla, "Oorzaak A").getByTestId("vote-badge")).toContainText("0");
  await expect(factor(page, "Oorzaak A").getByTestId("vote-badge")).toContainText("0");
  await ayla.context().close();
});

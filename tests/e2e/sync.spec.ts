import { expect, test } from "@playwright/test";
import { openApp } from "./support/app";
import { addFactorByKeyboard as addFactor, nodesOfKind } from "./support/canvas";
import {
  colleague,
  factorLabels as labels,
  makeLink,
  shareFrom,
  shareStatus,
  syncServerForFile,
} from "./support/syncServer";

// The real sync server (Hocuspocus + SQLite) on a free localhost port, for this file only.
const server = syncServerForFile();

test("two editors converge after interleaved edits, and undo never reverts the other", async ({
  page,
  browser,
}) => {
  await openApp(page);
  const dialog = await shareFrom(page, server());
  const link = await makeLink(page, "bewerken");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  const bob = await colleague(browser, link);
  await expect(shareStatus(bob)).toHaveText("Gedeeld");
  await expect(bob).toHaveURL(/#\/analysis\//);

  const EDITS = 10;
  for (let i = 0; i < EDITS; i++) {
    await Promise.all([addFactor(page, `Alice ${i}`), addFactor(bob, `Bob ${i}`)]);
  }
  const expected = [...Array(EDITS).keys()].flatMap((i) => [`Alice ${i}`, `Bob ${i}`]).sort();
  for (const someone of [page, bob]) {
    await expect.poll(() => labels(someone)).toEqual(expected);
  }

  // Alice's last edit is older than Bob's: her undo takes back hers only.
  await addFactor(page, "Alice ongedaan");
  await expect(nodesOfKind(bob, "factor").filter({ hasText: "Alice ongedaan" })).toHaveCount(1);
  await addFactor(bob, "Bob blijft");
  await expect(nodesOfKind(page, "factor").filter({ hasText: "Bob blijft" })).toHaveCount(1);
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  for (const someone of [page, bob]) {
    await expect(nodesOfKind(someone, "factor").filter({ hasText: "Alice ongedaan" })).toHaveCount(
      0,
    );
    await expect(nodesOfKind(someone, "factor").filter({ hasText: "Bob blijft" })).toHaveCount(1);
  }
  await bob.context().close();
});

test("a read-only link changes nothing, and a revoked link is refused in Dutch", async ({
  page,
  browser,
}) => {
  await openApp(page);
  await addFactor(page, "Gedeelde oorzaak");
  await shareFrom(page, server());
  const link = await makeLink(page, "bekijken");
  const viewer = await colleague(browser, link);
  await expect(shareStatus(viewer)).toHaveText("Alleen lezen");
  await expect.poll(() => labels(viewer)).toEqual(["Gedeelde oorzaak"]);

  // The viewer tries to add a factor ("f" on the canvas): it is put back at once, and neither
  // the viewer nor the owner ever has a third factor.
  await viewer.getByTestId("canvas").focus();
  await viewer.keyboard.press("f");
  await page.getByRole("button", { name: "Sluiten" }).click();
  await addFactor(page, "Daarna van de eigenaar");
  const both = ["Daarna van de eigenaar", "Gedeelde oorzaak"];
  await expect.poll(() => labels(viewer)).toEqual(both);
  await expect.poll(() => labels(page)).toEqual(both);

  // Revoked: the open viewer is told, and opening the link again is refused.
  await page.getByRole("button", { name: "Delen", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse delen" });
  await dialog.getByRole("button", { name: "Intrekken" }).click();
  await expect(dialog.getByText("Ingetrokken")).toBeVisible();
  await expect(viewer.getByText(/Deze link is ingetrokken/)).toBeVisible();
  // Opened again in a fresh browser: refused before anything shared is shown.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByText(/Deze link is ingetrokken/)).toBeVisible();
  await expect(
    nodesOfKind(again, "factor").filter({ hasText: "Daarna van de eigenaar" }),
  ).toHaveCount(0);
  await viewer.context().close();
  await again.context().close();
});

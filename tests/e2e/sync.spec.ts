import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { type RunningSyncServer, startSyncServer } from "../../server/syncServer";
import { openApp } from "./support/app";
import { addFactorByKeyboard as addFactor, nodesOfKind } from "./support/canvas";

// The real sync server (Hocuspocus + SQLite) on a free localhost port, for this file only.
let server: RunningSyncServer;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ontrafel-sync-e2e-"));
  server = await startSyncServer({ dataDir, port: 0, quiet: true, storeDebounceMs: 200 });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const shareStatus = (page: Page) => page.locator(".share-status");

/** Shares the page's open analysis on the test server; the dialog stays open. */
async function shareFrom(page: Page) {
  await page.getByRole("button", { name: "Delen", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse delen" });
  await dialog.getByLabel("Server voor samenwerken").fill(server.webSocketUrl);
  await dialog.getByRole("button", { name: "Delen starten" }).click();
  await expect(shareStatus(page)).toHaveText("Gedeeld");
  return dialog;
}

/** Makes a link of the role in the open share dialog and answers its address. */
async function makeLink(page: Page, role: "bewerken" | "bekijken"): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "Analyse delen" });
  const before = await dialog.locator(".share-links input").count();
  await dialog.getByRole("button", { name: `Link om te ${role} maken` }).click();
  const field = dialog.locator(".share-links input").nth(before);
  await expect(field).toHaveValue(/#\/shared\?/);
  return field.inputValue();
}

/** A colleague in a browser context of their own opens the link. */
async function colleague(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, link);
  return page;
}

/** The factors' labels (the first line of each card; role and dots follow). */
const labels = async (page: Page) =>
  (await nodesOfKind(page, "factor").allInnerTexts())
    .map((text) => text.split("\n")[0]?.trim() ?? "")
    .sort();

test("two editors converge after interleaved edits, and undo never reverts the other", async ({
  page,
  browser,
}) => {
  await openApp(page);
  const dialog = await shareFrom(page);
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
  await shareFrom(page);
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

import { type Browser, expect, type Page, test } from "@playwright/test";
import { analysisSaved, openApp } from "./support/app";
import { addFactorByKeyboard as addFactor, canvasNode } from "./support/canvas";
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

interface Card {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** Every factor on the page's canvas: id, label and place, in id order. */
const cards = (page: Page): Promise<Card[]> =>
  page.locator(".react-flow__node-factor").evaluateAll((elements) =>
    elements
      .map((element) => {
        const node = element as HTMLElement;
        const at = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(node.style.transform);
        return {
          id: node.dataset.id ?? "",
          label: node.querySelector(".editable")?.textContent?.trim() ?? "",
          x: Number(at?.[1]),
          y: Number(at?.[2]),
        };
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  );

/** Waits until both pages show the same factors (ids, labels, places); answers them. */
async function converged(one: Page, other: Page, count: number): Promise<Card[]> {
  await expect
    .poll(
      async () => {
        const [a, b] = await Promise.all([cards(one), cards(other)]);
        return a.length === count && JSON.stringify(a) === JSON.stringify(b);
      },
      { message: `both pages show the same ${count} factors`, timeout: 30_000 },
    )
    .toBe(true);
  return cards(one);
}

/** Renames the selected node: Enter, the new text over the selected old one, Enter. */
async function renameSelected(page: Page, label: string) {
  await page.keyboard.press("Enter");
  await expect(page.locator(".editable-field")).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press("Enter");
  await expect(page.locator(".editable-field")).toHaveCount(0);
}

async function select(page: Page, nodeId: string) {
  await canvasNode(page, nodeId).click();
  await expect(canvasNode(page, nodeId)).toHaveClass(/selected/);
}

/** Alice shares her analysis with the factors, Bob opens an edit link in his own browser. */
async function aliceAndBob(page: Page, browser: Browser, factors: string[]) {
  await openApp(page);
  for (const label of factors) await addFactor(page, label);
  const dialog = await shareFrom(page, server());
  const link = await makeLink(page, "bewerken");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  const bob = await colleague(browser, link);
  await expect.poll(() => labels(bob)).toEqual([...factors].sort());
  return { alice: page, bob, link };
}

test("two editors make 50 edits each on their own and on the same factors, and converge", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const { alice, bob } = await aliceAndBob(page, browser, ["Gedeeld A", "Gedeeld B"]);
  const shared = (await cards(alice)).map((card) => card.id);

  // Per five rounds, each person: adds a factor, renames it, moves it (their own nodes), then
  // renames and moves the same shared factor as the other at the same moment.
  const ROUNDS = 50;
  const edit = async (page: Page, who: string, round: number) => {
    const own = Math.floor(round / 5);
    const target = shared[own % shared.length] as string;
    switch (round % 5) {
      case 0:
        return addFactor(page, `${who} ${own}`);
      case 1:
        return renameSelected(page, `${who} ${own} bis`);
      case 2:
        return page.keyboard.press("ArrowDown");
      case 3:
        await select(page, target);
        return renameSelected(page, `${who} ronde ${round}`);
      default:
        return page.keyboard.press(who === "Alice" ? "ArrowRight" : "ArrowLeft");
    }
  };
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all([edit(alice, "Alice", round), edit(bob, "Bob", round)]);
  }

  const both = await converged(alice, bob, 2 + (2 * ROUNDS) / 5);
  const own = [...Array(ROUNDS / 5).keys()].flatMap((i) => [`Alice ${i} bis`, `Bob ${i} bis`]);
  expect(both.map((card) => card.label).filter((label) => !label.includes("ronde"))).toEqual(
    expect.arrayContaining(own),
  );
  // The shared factors hold one of the two last renames each, the same on both pages.
  for (const [index, id] of shared.entries()) {
    const last = ROUNDS - 2 - 5 * ((shared.length - 1 - index) % shared.length);
    const card = both.find((c) => c.id === id);
    expect([`Alice ronde ${last}`, `Bob ronde ${last}`]).toContain(card?.label);
  }
  await bob.context().close();
});

test("an editor offline keeps editing, and both sides merge when the network is back", async ({
  page,
  browser,
}) => {
  const { alice, bob } = await aliceAndBob(page, browser, ["Samen begonnen"]);
  await bob.context().setOffline(true);
  await addFactor(bob, "Bob offline 1");
  await addFactor(bob, "Bob offline 2");
  await addFactor(alice, "Alice intussen");
  await expect.poll(() => labels(alice)).toContain("Alice intussen");

  await bob.context().setOffline(false);
  const all = ["Alice intussen", "Bob offline 1", "Bob offline 2", "Samen begonnen"];
  await expect.poll(() => labels(bob), { timeout: 30_000 }).toEqual(all);
  await expect.poll(() => labels(alice), { timeout: 30_000 }).toEqual(all);
  await converged(alice, bob, all.length);
  await bob.context().close();
});

test("edits made offline survive closing the tab, and reach the colleague when it opens again", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const { alice, bob } = await aliceAndBob(page, browser, ["Samen begonnen"]);
  const context = bob.context();
  const address = bob.url(); // #/analysis/<id> once the link has opened
  await context.setOffline(true);
  await addFactor(bob, "Bob offline bewaard");
  await analysisSaved(bob);
  await bob.close();
  await context.setOffline(false);
  // Alice meanwhile; then Bob opens the analysis again, online.
  await addFactor(alice, "Alice intussen");
  const again = await context.newPage();
  await openApp(again, `/${new URL(address).hash}`);
  const all = ["Alice intussen", "Bob offline bewaard", "Samen begonnen"];
  await expect.poll(() => labels(again), { timeout: 30_000 }).toEqual(all);
  await expect.poll(() => labels(alice), { timeout: 30_000 }).toEqual(all);
  await converged(alice, again, all.length);
  await context.close();
});

test("an analysis opened while offline is edited in the shared document: the edit reaches the colleague", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const { alice, bob } = await aliceAndBob(page, browser, ["Samen begonnen"]);
  const context = alice.context();
  const address = new URL(alice.url()).hash; // #/analysis/<id>
  // The service worker serves the app when there is no network: once it controls the page.
  await alice.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await alice.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await analysisSaved(alice);
  await alice.close();

  // Alice opens her shared analysis again with no network: it is bound to this device's copy
  // of the shared document at once, with the role remembered for her link.
  await context.setOffline(true);
  const again = await context.newPage();
  await openApp(again, `/${address}`);
  await expect(shareStatus(again)).toHaveText("Gedeeld · offline, wijzigingen volgen");
  await addFactor(again, "Alice offline geopend");
  await analysisSaved(again);
  await addFactor(bob, "Bob intussen");
  await expect.poll(() => labels(bob)).toContain("Bob intussen");
  // Alice's edit has not left her device: it is really offline.
  expect(await labels(bob)).toEqual(["Bob intussen", "Samen begonnen"]);

  await context.setOffline(false);
  await expect(shareStatus(again)).toHaveText("Gedeeld", { timeout: 30_000 });
  const all = ["Alice offline geopend", "Bob intussen", "Samen begonnen"];
  await expect.poll(() => labels(bob), { timeout: 30_000 }).toEqual(all);
  // Her edit is not replaced by the server's copy: it stays, beside Bob's.
  await expect.poll(() => labels(again), { timeout: 30_000 }).toEqual(all);
  await converged(again, bob, all.length);
  await bob.context().close();
});

test("the server stops mid-session: edits made meanwhile on both sides arrive after its restart", async ({
  page,
  browser,
}) => {
  const { alice, bob, link } = await aliceAndBob(page, browser, ["Voor de storing"]);
  await server().stop();
  await addFactor(alice, "Alice tijdens storing");
  await addFactor(bob, "Bob tijdens storing");
  await server().restart();

  const all = ["Alice tijdens storing", "Bob tijdens storing", "Voor de storing"];
  await expect.poll(() => labels(alice), { timeout: 30_000 }).toEqual(all);
  await expect.poll(() => labels(bob), { timeout: 30_000 }).toEqual(all);
  // The restarted server holds them too: a third person opening the link sees all three.
  const carol = await colleague(browser, link);
  await expect.poll(() => labels(carol)).toEqual(all);
  await bob.context().close();
  await carol.context().close();
});

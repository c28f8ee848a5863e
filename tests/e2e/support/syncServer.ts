import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { type RunningSyncServer, startSyncServer } from "../../../server/syncServer";
import { openApp } from "./app";
import { nodesOfKind } from "./canvas";

/** The real sync server (Hocuspocus + SQLite) of one spec file, on a free localhost port. */
export interface TestSyncServer {
  readonly webSocketUrl: string;
  readonly running: RunningSyncServer;
  /** Stops it, as if the process died (open connections drop). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
}

/**
 * Starts the sync server before the file's tests (a temporary data folder) and stops it after;
 * call at the top of a spec file, read the server inside the tests.
 */
export function syncServerForFile(): () => TestSyncServer {
  let dataDir = "";
  let running: RunningSyncServer | null = null;
  let port = 0;
  const start = async () => {
    running = await startSyncServer({ dataDir, port, quiet: true, storeDebounceMs: 200 });
    port = running.port;
  };
  const server: TestSyncServer = {
    get webSocketUrl() {
      return `ws://127.0.0.1:${port}`;
    },
    get running() {
      if (!running) throw new Error("the sync server is not running");
      return running;
    },
    async stop() {
      await running?.stop();
      running = null;
    },
    restart: start,
  };
  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "ontrafel-sync-e2e-"));
    await start();
  });
  test.afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => server;
}

export const shareStatus = (page: Page) => page.locator(".share-status");

/** Shares the page's open analysis on the server (as `name`, if given); the dialog stays open. */
export async function shareFrom(page: Page, server: TestSyncServer, name?: string) {
  await page.getByRole("button", { name: "Delen", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse delen" });
  await dialog.getByLabel("Server voor samenwerken").fill(server.webSocketUrl);
  if (name) await dialog.getByLabel("Uw naam voor de anderen").fill(name);
  await dialog.getByRole("button", { name: "Delen starten" }).click();
  await expect(shareStatus(page)).toHaveText("Gedeeld");
  return dialog;
}

const LINK_BUTTONS = {
  bewerken: "Link om te bewerken maken",
  bekijken: "Link om te bekijken maken",
  deelnemen: /^Deelnemerslink maken/,
} as const;

/** Makes a link of the role in the open share dialog and answers its address. */
export async function makeLink(page: Page, role: keyof typeof LINK_BUTTONS): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "Analyse delen" });
  const before = await dialog.locator(".share-links input").count();
  await dialog.getByRole("button", { name: LINK_BUTTONS[role] }).click();
  const field = dialog.locator(".share-links input").nth(before);
  await expect(field).toHaveValue(/#\/shared\?/);
  return field.inputValue();
}

/**
 * A colleague in a browser context of their own opens the link and, asked once what the others
 * should call them, answers with `name`.
 */
export async function colleague(browser: Browser, link: string, name = "Collega"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, link);
  const prompt = page.getByRole("dialog", { name: "Hoe heet u?" });
  await prompt.getByLabel("Naam", { exact: true }).fill(name);
  await prompt.getByRole("button", { name: "Opslaan" }).click();
  await expect(prompt).toHaveCount(0);
  return page;
}

/** Who the header lists as here, in order (this person first, "… (u)"). */
export const presentNames = (page: Page) =>
  page.getByRole("region", { name: "Wie is hier" }).getByRole("listitem").allInnerTexts();

/** The factors' labels, sorted (the first line of each card; role and dots follow). */
export const factorLabels = async (page: Page) =>
  (await nodesOfKind(page, "factor").allInnerTexts())
    .map((text) => text.split("\n")[0]?.trim() ?? "")
    .sort();

import { readFile } from "node:fs/promises";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { RETRY_MAX_MS } from "../../src/app/autosave";
import { DB_NAME, DB_VERSION } from "../../src/persistence/db";
import { openApp, waitUntilSearchable } from "./support/app";
import { addFactorByKeyboard, nodesOfKind } from "./support/canvas";

/*
 * Storage at its edges, as a person meets them: storage full, a database of a newer Ontrafel,
 * the database deleted by another page, the site data cleared. Each drill counts the edits made
 * and the edits found afterwards, and checks what the person is told.
 */

/** Adds factors one by one, as a person types them, and returns their labels. */
async function edit(page: Page, labels: readonly string[]): Promise<string[]> {
  for (const label of labels) {
    await addFactorByKeyboard(page, label);
    await expect(nodesOfKind(page, "factor").filter({ hasText: label })).toHaveCount(1);
  }
  return [...labels];
}

/** The factor labels on the canvas, sorted. */
async function factorsShown(page: Page): Promise<string[]> {
  const labels = await nodesOfKind(page, "factor")
    .locator(".node.factor")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("title") ?? ""));
  return labels.sort();
}

/**
 * Every object store of a database, rows in key order, as one string; null when there is no
 * such database (opening one that is absent would create it, so it is looked up first).
 */
async function dumpDatabase(page: Page, name: string = DB_NAME): Promise<string | null> {
  return page.evaluate(async (dbName) => {
    const found = (await indexedDB.databases()).find((d) => d.name === dbName);
    if (!found) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].sort();
    const dump: Record<string, unknown> = { version: db.version };
    for (const store of names) {
      dump[store] = await new Promise((resolve, reject) => {
        const tx = db.transaction(store);
        const keys = tx.objectStore(store).getAllKeys();
        const values = tx.objectStore(store).getAll();
        tx.oncomplete = () => resolve({ keys: keys.result, values: values.result });
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return JSON.stringify(dump);
  }, name);
}

/** The factor labels of one stored analysis, sorted; [] while it (or the database) is absent. */
async function storedFactors(page: Page, analysisId: string): Promise<string[]> {
  const dump = await dumpDatabase(page);
  if (dump === null) return [];
  const { analysisJson } = JSON.parse(dump) as {
    analysisJson?: {
      values: { id: string; analysis: { nodes: { kind: string; label?: string }[] } }[];
    };
  };
  const record = analysisJson?.values.find((r) => r.id === analysisId);
  return (record?.analysis.nodes ?? [])
    .filter((n) => n.kind === "factor")
    .map((n) => n.label ?? "")
    .sort();
}

/** The id of the open analysis, from the address (#/analysis/<id>). */
async function openAnalysisId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#\/analysis\//);
  return decodeURIComponent(new URL(page.url()).hash.replace("#/analysis/", ""));
}

/** Exports the analysis from the storage banner and returns the file's text. */
async function exportFromBanner(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator(".storage-banner")
      .getByRole("button", { name: "Analyse exporteren (JSON)" })
      .click(),
  ]);
  return readFile(await download.path(), "utf8");
}

/** Writes one row into a scratch database of the origin: "ok" or the error's name. */
async function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open("quota-probe");
        request.onupgradeneeded = () => request.result.createObjectStore("rows");
        request.onerror = () => resolve(request.error?.name ?? "error");
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction("rows", "readwrite");
          tx.objectStore("rows").put("x".repeat(1000), Date.now());
          tx.oncomplete = () => {
            db.close();
            resolve("ok");
          };
          tx.onabort = () => {
            db.close();
            resolve(tx.error?.name ?? "aborted");
          };
        };
      }),
  );
}

function rescueCopyKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith("ontrafel.rescue.")),
  );
}

const originOf = (page: Page) => new URL(page.url()).origin;

async function cdpOf(context: BrowserContext, page: Page) {
  return context.newCDPSession(page);
}

test("storage full: a reload still shows the corpus and the analysis, export works, and the edit is stored by itself once there is room", async ({
  page,
  context,
}) => {
  // Chromium enforces a lowered quota only when its cached figure for the origin runs out
  // (up to half a minute); the test waits for that state, which needs more than the usual time.
  test.slow();
  await openApp(page);
  const id = await openAnalysisId(page);
  const made = await edit(page, ["Vóór de volle opslag"]);
  await expect(page.locator('.save-status[data-state="saved"]')).toHaveCount(1);

  const cdp = await cdpOf(context, page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: originOf(page), quotaSize: 1 });
  await expect
    .poll(() => probeWrite(page), { timeout: 60_000, intervals: [500] })
    .toBe("QuotaExceededError");

  made.push(...(await edit(page, ["Bij volle opslag"])));
  const status = page.locator(".save-status");
  await expect(status).toHaveAttribute("data-state", "error");
  await expect(status).toHaveText(
    "Niet opgeslagen: de opslag van deze browser is vol. Ontrafel probeert het vanzelf opnieuw; je wijzigingen staan nog in dit venster.",
  );
  const banner = page.locator(".storage-banner");
  await expect(banner).toHaveAttribute("data-issue", "quota");
  await expect(banner).toContainText("De opslag van deze browser is vol");
  expect(await storedFactors(page, id)).toEqual(["Vóór de volle opslag"]);

  await page.reload();
  await waitUntilSearchable(page);
  expect(await openAnalysisId(page)).toBe(id);
  expect(await factorsShown(page)).toEqual([...made].sort());
  await expect(page.getByRole("searchbox").first()).toBeVisible();
  await expect(page.getByText("De citaten konden niet worden geladen")).toHaveCount(0);
  await expect(page.getByText("bestaat niet (meer)")).toHaveCount(0);
  await expect(banner).toHaveAttribute("data-issue", "quota");
  await expect(status).toHaveAttribute("data-state", "error");
  const exported = await exportFromBanner(page);
  for (const label of made) expect(exported).toContain(label);

  // Room again: no further edit; the app's own retry stores what it holds.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: originOf(page) });
  await expect(status).toHaveAttribute("data-state", "saved", { timeout: RETRY_MAX_MS * 2 });
  await expect(banner).toHaveCount(0);
  expect(await storedFactors(page, id)).toEqual([...made].sort());
  expect(await rescueCopyKeys(page)).toEqual([]);

  await page.reload();
  await waitUntilSearchable(page);
  expect(await factorsShown(page)).toEqual([...made].sort());
  await expect(banner).toHaveCount(0);
});

/** An analysis row as a newer Ontrafel writes it: a document of a schema version above ours. */
const FUTURE_ANALYSIS = {
  id: "analysis_future",
  title: "Uit de toekomst",
  updatedAt: 1_900_000_000_000,
  deletedAt: null,
  counts: { quotes: 0, clusters: 0, links: 0 },
  analysis: { schemaVersion: 99, id: "analysis_future", nodes: [], hologram: true },
};

test("a database made by a newer Ontrafel is never written: the tab says so, works in memory and exports", async ({
  page,
}) => {
  // Any page of the origin that is not the app: the database is built before Ontrafel starts.
  await page.goto("/favicon.svg");
  const newerVersion = (DB_VERSION + 1) * 10;
  await page.evaluate(
    ({ version, future }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("ontrafel", version);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const name of ["corpora", "quotes", "analyses", "meta", "snapshots", "corrections"])
            db.createObjectStore(name, name === "meta" ? { keyPath: "key" } : { keyPath: "id" });
          db.createObjectStore("somethingNew", { keyPath: "id" });
          const tx = request.transaction as IDBTransaction;
          tx.objectStore("analyses").put({ ...future, version: 7 });
          tx.objectStore("meta").put({ key: "lastOpenedAnalysisId", value: "analysis_future" });
          tx.objectStore("somethingNew").put({ id: "x", what: "a table we do not know" });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { version: newerVersion, future: FUTURE_ANALYSIS },
  );
  const before = await dumpDatabase(page);
  expect(before).toContain("analysis_future");

  await openApp(page, "/");
  const banner = page.locator(".storage-banner");
  await expect(banner).toHaveAttribute("data-issue", "newerDatabase");
  await expect(banner).toContainText(
    "De opslag in deze browser is gemaakt met een nieuwere Ontrafel. Deze versie verandert daar niets aan en werkt alleen in het geheugen",
  );
  await expect(page.locator(".save-status")).toHaveAttribute("data-state", "memory");
  const made = await edit(page, ["Eerste in het geheugen", "Tweede in het geheugen"]);
  expect(await factorsShown(page)).toEqual([...made].sort());
  const exported = await exportFromBanner(page);
  for (const label of made) expect(exported).toContain(label);
  // Undo and redo work in memory too (the analysis is an unstored Yjs document of this tab).
  const second = nodesOfKind(page, "factor").filter({ hasText: "Tweede in het geheugen" });
  const undo = page.getByRole("button", { name: /Ongedaan maken/ });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(second).toHaveCount(0);
  await page.getByRole("button", { name: /Opnieuw/ }).click();
  await expect(second).toHaveCount(1);

  expect(await dumpDatabase(page)).toBe(before);
  const versions = await page.evaluate(() => indexedDB.databases());
  expect(versions.find((d) => d.name === "ontrafel")?.version).toBe(newerVersion);
});

test("an analysis written by a newer Ontrafel is left unchanged, named as such, and another one opens", async ({
  page,
}) => {
  await openApp(page);
  const id = await openAnalysisId(page);
  await expect.poll(async () => (await dumpDatabase(page))?.includes(id)).toBe(true);
  // Beside this analysis, a newer Ontrafel's one, opened last, in today's database.
  await page.evaluate(
    (future) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("ontrafel");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["analyses", "analysisJson", "meta"], "readwrite");
          const { analysis, ...row } = future;
          tx.objectStore("analyses").put({ ...row, openedAt: row.updatedAt, version: 3 });
          tx.objectStore("analysisJson").put({ version: 1, id: row.id, analysis });
          tx.objectStore("meta").put({
            version: 1,
            key: "lastOpenedAnalysisId",
            value: "analysis_future",
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    FUTURE_ANALYSIS,
  );
  const futureRows = async () => {
    const dump = JSON.parse((await dumpDatabase(page)) ?? "{}") as {
      analyses: { values: { id: string }[] };
      analysisJson: { values: { id: string }[] };
      meta: { values: { key: string }[] };
    };
    return JSON.stringify([
      dump.analyses.values.find((r) => r.id === "analysis_future"),
      dump.analysisJson.values.find((r) => r.id === "analysis_future"),
      dump.meta.values.find((r) => r.key === "lastOpenedAnalysisId"),
    ]);
  };
  const before = await futureRows();

  await page.goto("/");
  await waitUntilSearchable(page);
  const banner = page.locator(".storage-banner");
  await expect(banner).toHaveAttribute("data-issue", "newerRecord");
  await expect(banner).toContainText(
    "Een analyse in deze browser is gemaakt met een nieuwere Ontrafel. Deze versie laat hem ongewijzigd en opent een andere",
  );
  expect(await openAnalysisId(page)).toBe(id);
  const made = await edit(page, ["Gewoon verder"]);
  await expect.poll(() => storedFactors(page, id)).toEqual(made);

  // Opened from the overview, or copied: the same words, never the repository's English.
  const tooNew =
    "Die analyse is gemaakt met een nieuwere Ontrafel (schemaversie 99; deze versie leest tot en met";
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  const future = page
    .locator("[data-analysis-id]")
    .filter({ has: page.getByRole("link", { name: "Uit de toekomst", exact: true }) });
  await future.getByRole("button", { name: "Dupliceren" }).click();
  await expect(page.locator(".overview-status")).toContainText(tooNew);
  await expect(page.locator(".overview-status")).not.toContainText("missing or unreadable");
  await future.getByRole("button", { name: "Naar prullenbak" }).click();
  await expect(page.locator(".overview-status")).toContainText(tooNew);
  await future.getByRole("link").click();
  await expect(page.getByRole("alert").filter({ hasText: tooNew })).toBeVisible();
  await expect(page.getByText("bestaat niet (meer)")).toHaveCount(0);

  expect(await futureRows()).toBe(before);
});

/** Both ways the database can vanish under an open tab, with what the person must be told. */
const LOST =
  "De opslag van deze browser is gewist (door een ander tabblad, of doordat de sitegegevens zijn gewist). De open analyse staat nog in dit venster en is opnieuw opgeslagen";

const wipes: { name: string; wipe: (page: Page, context: BrowserContext) => Promise<void> }[] = [
  {
    name: "another page deletes the database",
    async wipe(page, context) {
      const other = await context.newPage();
      await other.goto(`${originOf(page)}/favicon.svg`);
      await other.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase("ontrafel");
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      );
      await other.close();
    },
  },
  {
    name: "the site data is cleared",
    async wipe(page, context) {
      const cdp = await cdpOf(context, page);
      await cdp.send("Storage.clearDataForOrigin", {
        origin: originOf(page),
        storageTypes: "all",
      });
    },
  },
];

for (const { name, wipe } of wipes) {
  test(`${name}: the tab says the storage was wiped and stores the open analysis again`, async ({
    page,
    context,
  }) => {
    await openApp(page);
    const id = await openAnalysisId(page);
    const made = await edit(page, ["Eén", "Twee", "Drie"]);
    await expect(page.locator(".save-status")).toHaveAttribute("data-state", "saved");
    await expect.poll(() => storedFactors(page, id)).toEqual([...made].sort());

    await wipe(page, context);
    const banner = page.locator(".storage-banner");
    await expect(banner).toHaveAttribute("data-issue", "lost");
    await expect(banner).toContainText(LOST);
    await expect.poll(() => storedFactors(page, id)).toEqual([...made].sort());

    made.push(...(await edit(page, ["Na het wissen"])));
    await expect.poll(() => storedFactors(page, id)).toEqual([...made].sort());
    await expect(page.locator(".save-status")).toHaveAttribute("data-state", "saved");

    await page.reload();
    await waitUntilSearchable(page);
    expect(await openAnalysisId(page)).toBe(id);
    expect(await factorsShown(page)).toEqual([...made].sort());
    await expect(banner).toHaveCount(0);
  });
}

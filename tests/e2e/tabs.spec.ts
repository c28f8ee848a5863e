import { expect, type Page, test } from "@playwright/test";
import { openApp, parsedSeedQuotes, storedAnalyses, waitUntilSearchable } from "./support/app";
import { addFactorByKeyboard as addFactor, nodesOfKind } from "./support/canvas";

/** Two tabs of one browser on the same analysis: the second opened by its address. */
async function twoTabs(page: Page) {
  await openApp(page);
  await expect(page).toHaveURL(/#\/analys/);
  const second = await page.context().newPage();
  await openApp(second, page.url());
  return second;
}

test("an edit in one tab appears in the other tab on the same analysis", async ({ page }) => {
  const other = await twoTabs(page);
  await addFactor(page, "Uit het eerste venster");
  await expect(nodesOfKind(other, "factor")).toContainText("Uit het eerste venster");
  await addFactor(other, "Uit het tweede venster");
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
  await expect(
    nodesOfKind(page, "factor").filter({ hasText: "Uit het tweede venster" }),
  ).toHaveCount(1);
  await expect(other.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
});

test("a change from the other tab is no undo step there", async ({ page }) => {
  const other = await twoTabs(page);
  await addFactor(page, "Van elders");
  await expect(nodesOfKind(other, "factor")).toContainText("Van elders");
  await expect(other.getByRole("button", { name: "Ongedaan maken" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Ongedaan maken" })).toBeEnabled();
});

test("edits made in both tabs at once are all kept", async ({ page }) => {
  const other = await twoTabs(page);
  await Promise.all([addFactor(page, "Oorzaak hier"), addFactor(other, "Oorzaak daar")]);
  for (const tab of [page, other]) {
    await expect(nodesOfKind(tab, "factor")).toHaveCount(2);
  }
  // Both edits stored before the second tab closes and the first reloads (the next test
  // leaves no time for that).
  await expect
    .poll(async () =>
      (await storedAnalyses(page))
        .flatMap((a) => a.nodes.map((n) => n.label ?? ""))
        .filter((label) => label.startsWith("Oorzaak"))
        .sort(),
    )
    .toEqual(["Oorzaak daar", "Oorzaak hier"]);
  await other.close();
  await page.reload();
  await waitUntilSearchable(page);
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
  await expect(nodesOfKind(page, "factor").filter({ hasText: "Oorzaak hier" })).toHaveCount(1);
  await expect(nodesOfKind(page, "factor").filter({ hasText: "Oorzaak daar" })).toHaveCount(1);
});

test("two tabs that go away before their saves land both keep their edit", async ({ page }) => {
  const other = await twoTabs(page);
  await Promise.all([addFactor(page, "Eerste tab"), addFactor(other, "Tweede tab")]);
  // Within the autosave's delay: each tab leaves a rescue copy in its own slot.
  await other.close({ runBeforeUnload: true });
  await page.reload();
  await waitUntilSearchable(page);
  for (const label of ["Eerste tab", "Tweede tab"]) {
    await expect(nodesOfKind(page, "factor").filter({ hasText: label })).toHaveCount(1);
  }
});

test("the start asks for persistent storage and the save status tells the answer", async ({
  page,
}) => {
  await openApp(page);
  await addFactor(page, "Iets");
  const saved = page.getByRole("status").filter({ hasText: "Opgeslagen" });
  await expect(saved).toBeVisible();
  await expect(saved).toHaveAttribute("data-persisted", /true|false/);
  await expect(saved).toHaveAttribute("title", /opslag/i);
});

test("a quote corrected in one tab reads corrected in the other tab's library at once", async ({
  page,
}) => {
  const other = await twoTabs(page);
  const quote = parsedSeedQuotes().find((q) => q.section === "2.11" && !q.pullQuote);
  if (!quote) throw new Error("no sample quote");
  const opening = quote.text.split(/\s+/).slice(0, 6).join(" ");
  const inLibrary = (p: Page, text: string) => p.locator("article.quote").filter({ hasText: text });
  for (const tab of [page, other]) await tab.getByLabel("Zoek in citaten").fill(opening);

  await inLibrary(page, opening).getByRole("button", { name: "Corrigeren" }).click();
  const editor = page.getByRole("dialog", { name: "Citaat corrigeren" });
  await editor.getByLabel("Tekst van het citaat").fill(`${quote.text} (gecorrigeerd)`);
  await editor.getByRole("button", { name: "Tekst opslaan" }).click();
  await expect(inLibrary(page, "(gecorrigeerd)")).toHaveCount(1);
  await expect(inLibrary(other, "(gecorrigeerd)")).toHaveCount(1);
  await expect(other.getByRole("button", { name: "Correcties (1)" })).toBeVisible();
});

import { readFileSync } from "node:fs";
import { type Download, expect, type Page, test } from "@playwright/test";
import { analysisSaved } from "./support/app";
import { axeFindings } from "./support/axe";
import { importCauseTree } from "./support/causeTree";

const goalField = (page: Page, source: string) =>
  page.getByRole("textbox", { name: `Doel voor: ${source}` });

async function textOf(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("from cause tree to goal tree and action plan, exported and intact after a reload", async ({
  page,
}) => {
  // A long flow (import, two exports, a reload): three times the usual time on a busy machine.
  test.slow();
  await importCauseTree(page);

  await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
  await page.getByRole("button", { name: "Maak doelenboom" }).click();
  const view = page.getByTestId("goal-view");
  await expect(view.getByTestId("goal-row")).toHaveCount(6);
  await expect(page.getByTestId("goal-diagram").locator(".react-flow__node")).toHaveCount(6);
  await expect(page.getByTestId("goal-diagram").locator(".react-flow__edge")).toHaveCount(5);
  await expect(page.getByTestId("goal-diagram")).toContainText("draagt bij aan");

  // Keyboard first: type a goal, Enter goes to the next one.
  const main = goalField(page, "Slachtoffers worden laat herkend");
  await main.fill("Slachtoffers worden vroeg herkend");
  await main.press("Enter");
  await expect(goalField(page, "Signalen worden niet gedeeld")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Signalen worden gedeeld");
  await expect(
    page.getByRole("combobox", { name: "Status van doel: Signalen worden gedeeld" }),
  ).toHaveValue("herschreven");
  // An effect out of scope: struck out, kept as an assumption.
  await page
    .getByRole("combobox", { name: "Status van doel: Daders gaan door" })
    .selectOption({ label: "Geschrapt" });

  // Two actions, with owner and indicator.
  await page.getByRole("button", { name: "Actie toevoegen bij: Signalen worden gedeeld" }).click();
  let action = view.getByTestId("action-form").nth(0);
  await expect(action.getByRole("textbox", { name: "Titel" })).toBeFocused();
  await page.keyboard.type("Meldpunt voor professionals");
  await action.getByRole("textbox", { name: "Wie" }).fill("Gemeente");
  await action.getByRole("textbox", { name: "Wanneer" }).fill("2027");
  await action
    .getByRole("group", { name: "Indicator" })
    .getByRole("textbox", { name: "Indicator" })
    .fill("Meldingen per jaar");
  await action.getByRole("textbox", { name: "Nulmeting" }).fill("12");
  await action.getByRole("textbox", { name: "Streefwaarde" }).fill("40");
  await action.getByRole("textbox", { name: "Databron" }).fill("Meldpunt");

  await page
    .getByRole("button", { name: "Actie toevoegen bij: Te weinig kennis bij professionals" })
    .click();
  action = view.getByTestId("action-form").nth(1);
  await action.getByRole("textbox", { name: "Titel" }).fill("Training signalering");
  await action.getByRole("textbox", { name: "Wie" }).fill("GGD");
  await action
    .getByRole("group", { name: "Indicator" })
    .getByRole("textbox", { name: "Indicator" })
    .fill("Getrainde huisartsen");
  await action.getByRole("textbox", { name: "Nulmeting" }).fill("10%");
  await action.getByRole("textbox", { name: "Streefwaarde" }).fill("60%");

  // The chain of the selected action: its cause and that cause's quotes with section and page.
  const chain = page.getByTestId("chain-panel");
  await expect(chain).toContainText("Te weinig kennis bij professionals");
  await expect(chain).toContainText("Huisartsen herkennen de signalen niet.");
  await expect(chain).toContainText("2.3 Signalering, p. 17");
  await action.getByRole("textbox", { name: "Wie" }).focus();
  await view.getByTestId("action-form").nth(0).getByRole("textbox", { name: "Wie" }).focus();
  await expect(chain).toContainText("Niemand weet bij wie je een vermoeden meldt.");
  await expect(chain).toContainText("2.11 Signalering, p. 41");

  // The checks: the root cause without an action is flagged.
  await page.getByRole("tab", { name: "Controles" }).click();
  const checks = page.getByTestId("goal-checks");
  await expect(checks.locator(".finding")).toHaveCount(1);
  await expect(checks).toContainText("Grondoorzaak zonder actie");
  await expect(
    checks.getByRole("button", {
      name: "Tonen in de doelenboom: Te weinig capaciteit bij de politie",
    }),
  ).toBeVisible();

  expect(await axeFindings(page, '[data-testid="goal-view"]')).toEqual([]);

  // Exports: the plan draft and the action table.
  const markdown = await textOf(
    Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Visie en actieplan (Markdown)" }).click(),
    ]).then(([d]) => d),
  );
  expect(markdown.name).toMatch(/\.md$/);
  expect(markdown.text).toContain("## Hoofddoel\n\n### Slachtoffers worden vroeg herkend");
  expect(markdown.text).toContain(
    "- **Meldpunt voor professionals** (Wie: Gemeente; Wanneer: 2027; Gepland)\n  - Indicator: Meldingen per jaar (nulmeting 12; streefwaarde 40; Databron: Meldpunt)",
  );
  expect(markdown.text).toContain(
    "> Niemand weet bij wie je een vermoeden meldt. — 2.11 Signalering, p. 41",
  );
  expect(markdown.text).toContain(
    "### Te weinig capaciteit bij de politie\n\n*Vanuit: Te weinig capaciteit bij de politie*\n\n**Acties**\n\n- Nog geen actie.",
  );
  expect(markdown.text).toContain(
    "## Geschrapt (aannames, buiten de opdracht)\n\n- Daders gaan door",
  );

  const csv = await textOf(
    Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Actietabel (CSV)" }).click(),
    ]).then(([d]) => d),
  );
  expect(csv.name).toMatch(/\.csv$/);
  expect(
    csv.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n"),
  ).toEqual([
    "Doel,Oorzaak,Actie,Wie,Wanneer,Status,Indicator,Nulmeting,Streefwaarde,Databron,Citaten,Thema's",
    "Signalen worden gedeeld,Signalen worden niet gedeeld,Meldpunt voor professionals,Gemeente,2027,Gepland,Meldingen per jaar,12,40,Meldpunt,2,2",
    "Te weinig kennis bij professionals,Te weinig kennis bij professionals,Training signalering,GGD,,Gepland,Getrainde huisartsen,10%,60%,,1,1",
  ]);

  // The goal tree as a picture: the problem tree's export form and renderer, PNG, SVG and PDF.
  await page.getByRole("button", { name: "Afbeelding (PNG, SVG, PDF)…" }).click();
  const dialog = page.getByRole("dialog", { name: "Doelenboom exporteren" });
  await expect(dialog.getByRole("radio")).toHaveCount(3 + 2 + 3);
  await expect(dialog.getByRole("checkbox")).toHaveCount(0);
  const picture = async (format: RegExp) => {
    await dialog.getByRole("radio", { name: format }).check();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Exporteren", exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const png = await picture(/^PNG/);
  expect(png.name).toMatch(/doelenboom.*\.png$/);
  expect([...png.bytes.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
  const svg = await picture(/^SVG/);
  expect(svg.name).toMatch(/doelenboom.*\.svg$/);
  const drawn = svg.bytes.toString("utf8").replace(/<[^>]+>/g, " ");
  expect(drawn).toContain("draagt bij aan");
  expect(drawn).toContain("Hoofddoel");
  const pdf = await picture(/^PDF/);
  expect(pdf.name).toMatch(/doelenboom.*\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByRole("button", { name: "Afbeelding (PNG, SVG, PDF)…" })).toBeFocused();

  // Everything is still there after a reload.
  await analysisSaved(page);
  await page.reload();
  await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
  await expect(goalField(page, "Slachtoffers worden laat herkend")).toHaveValue(
    "Slachtoffers worden vroeg herkend",
  );
  await expect(goalField(page, "Signalen worden niet gedeeld")).toHaveValue(
    "Signalen worden gedeeld",
  );
  await expect(
    page.getByRole("combobox", { name: "Status van doel: Daders gaan door" }),
  ).toHaveValue("geschrapt");
  await expect(page.getByTestId("action-form")).toHaveCount(2);
  await expect(
    page.getByTestId("action-form").nth(1).getByRole("textbox", { name: "Streefwaarde" }),
  ).toHaveValue("60%");
  await page.getByRole("tab", { name: "Controles" }).click();
  await expect(page.getByTestId("goal-checks")).toContainText("Grondoorzaak zonder actie");
});

test("the goal editor and action form work by keyboard alone", async ({ page }) => {
  await importCauseTree(page);
  await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
  await page.getByRole("button", { name: "Maak doelenboom" }).focus();
  await page.keyboard.press("Enter");
  const first = goalField(page, "Slachtoffers worden laat herkend");
  await first.focus();
  // Tab: the status, the action button, then the next goal.
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("combobox", { name: /^Status van doel: Slachtoffers/ }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(
    page.getByTestId("action-form").getByRole("textbox", { name: "Titel" }),
  ).toBeFocused();
  await page.keyboard.type("Campagne");
  await page.keyboard.press("Tab");
  await expect(
    page.getByTestId("action-form").getByRole("combobox", { name: "Draagt bij aan doel" }),
  ).toBeFocused();
  await expect(page.getByTestId("action-form").locator("legend").first()).toHaveText(
    "Actie: Campagne",
  );
  expect(await axeFindings(page, '[data-testid="goal-view"]')).toEqual([]);
});

test("a goal typed letter by letter is one undo step; another analysis opens on its problem tree", async ({
  page,
}) => {
  await importCauseTree(page);
  await page.getByRole("button", { name: "Doelenboom", exact: true }).click();
  await page.getByRole("button", { name: "Maak doelenboom" }).click();
  const main = goalField(page, "Slachtoffers worden laat herkend");
  await main.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Vroeg herkend");
  // Every keystroke shows at once, in the diagram too.
  await expect(page.getByTestId("goal-diagram")).toContainText("Vroeg herkend");
  await main.blur();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(main).toHaveValue("Slachtoffers worden laat herkend");
  await expect(
    page.getByRole("combobox", { name: "Status van doel: Slachtoffers worden laat herkend" }),
  ).toHaveValue("overgenomen");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(main).toHaveValue("Vroeg herkend");

  // The analysis made at the first start opens on its problem tree.
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  await page
    .getByRole("link", { name: /^Analyse / })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Probleemboom", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByTestId("goal-view")).toHaveCount(0);
});

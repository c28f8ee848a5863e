import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { openApp } from "./support/app";
import { axeFindings } from "./support/axe";
import { nodesOfKind } from "./support/canvas";

// Every fixture is made here, in the test, from readable text: no opaque binaries in the repo.

interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const textFile = (name: string, text: string): FilePayload => ({
  name,
  mimeType: name.endsWith(".csv") ? "text/csv" : "text/plain",
  buffer: Buffer.from(text, "utf8"),
});

const MARKDOWN = `# 2 Problemen

## 2.1 Capaciteit

Er zijn te weinig rechercheurs voor mensenhandel. Zaken blijven liggen.

De zorg voor slachtoffers is versnipperd over ervarings-
deskundigen en gemeenten.

## 2.2 Kennis

Professionals herkennen de signalen niet

omdat niemand ze erop heeft gewezen.

Er is geen landelijk kennispunt.
`;

/** A two-column bloemlezing page: heading, quotes in both columns, pull quote, footer. */
async function twoColumnPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const line = (text: string, x: number, y: number, size = 10, f = font) =>
    page.drawText(text, { x, y, size, font: f });
  line("2.1 Capaciteit", 50, 770, 14, bold);
  const left = [
    "Er zijn te weinig rechercheurs voor",
    "mensenhandel in onze regio.",
    null,
    "De zorg voor slachtoffers is ver-",
    "snipperd over veel gemeenten.",
  ];
  const right = [
    "Wachtlijsten bij de opvang lopen op",
    "en dat merken de slachtoffers.",
    null,
    null,
  ];
  for (const [i, text] of left.entries()) if (text) line(text, 50, 740 - i * 12);
  for (const [i, text] of right.entries()) if (text) line(text, 315, 740 - i * 12);
  line("2.2 Kennis", 315, 740 - 4 * 12, 14, bold);
  line("Professionals herkennen signalen", 315, 740 - 6 * 12);
  line("van uitbuiting niet op tijd.", 315, 740 - 7 * 12);
  line("bloemlezing - programma samen tegen mensenhandel 11", 50, 30, 8);
  return Buffer.from(await doc.save());
}

/** A PDF with only a drawn shape: no text layer, like a scan. */
async function pdfWithoutText(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
  return Buffer.from(await doc.save());
}

async function openCorpora(page: Page) {
  await page.getByRole("button", { name: "Corpora" }).click();
  const dialog = page.getByRole("dialog", { name: "Corpora" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function chooseFile(page: Page, file: FilePayload) {
  await page.getByLabel(/Kies een bestand/).setInputFiles(file);
}

/** Corpus records and their stored quotes (rows or blocks) straight from IndexedDB. */
/**
 * Opens a second connection and keeps a readwrite transaction on `quoteBlocks` alive (one
 * request after the other) until `releaseQuoteBlocksLock`: IndexedDB runs transactions with
 * overlapping scopes in the order they were made, so every write to the quotes waits for it.
 */
async function holdQuoteBlocksLock(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __lockDone?: boolean; __release?: boolean };
        const request = indexedDB.open("ontrafel");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["quoteBlocks"], "readwrite");
          const store = tx.objectStore("quoteBlocks");
          tx.oncomplete = () => {
            w.__lockDone = true;
            db.close();
          };
          const spin = () => {
            if (!w.__release) store.count().onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
}

async function releaseQuoteBlocksLock(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __release?: boolean }).__release = true;
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __lockDone?: boolean }).__lockDone))
    .toBe(true);
}

async function storedCorpora(page: Page): Promise<{ id: string; quotes: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open("ontrafel");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["corpora", "quotes", "quoteBlocks"]);
          const corpora = tx.objectStore("corpora").getAll();
          const quotes = tx.objectStore("quotes").getAll();
          const blocks = tx.objectStore("quoteBlocks").getAll();
          tx.oncomplete = () => {
            db.close();
            const rows = quotes.result as { corpusId: string }[];
            const runs = blocks.result as { corpusId: string; quotes: unknown[] }[];
            resolve(
              (corpora.result as { id: string }[]).map((c) => ({
                id: c.id,
                quotes:
                  rows.filter((q) => q.corpusId === c.id).length +
                  runs.filter((b) => b.corpusId === c.id).reduce((n, b) => n + b.quotes.length, 0),
              })),
            );
          };
        };
      }),
  );
}

async function importAndStore(
  page: Page,
  file: FilePayload,
  quoteCount: number,
  shown = quoteCount,
) {
  const dialog = await openCorpora(page);
  await chooseFile(page, file);
  await expect(dialog.getByTestId("import-summary")).toContainText(`${quoteCount} citaten`);
  await dialog.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByTestId("import-message")).toContainText(
    `opgeslagen met ${quoteCount} citaten`,
  );
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  await expect(page.getByTestId("library-result-count")).toHaveText(
    `${shown} van ${shown} citaten`,
  );
}

function libraryQuote(page: Page, text: string) {
  return page.locator("article.quote").filter({ hasText: text });
}

test("imports a Markdown file with a preview of quotes, sections and warnings; the analysis keeps it", async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openCorpora(page);
  await chooseFile(page, textFile("raadpleging.md", MARKDOWN));
  const preview = dialog.getByTestId("import-preview");
  await expect(preview.getByTestId("import-summary")).toHaveText(
    "5 citaten in 2 thema's en 1 hoofdstuk",
  );
  await expect(preview.getByTestId("import-outline")).toContainText("2.1 Capaciteit (2)");
  await expect(preview.getByTestId("import-outline")).toContainText("2.2 Kennis (3)");
  await expect(preview).toContainText(
    "De zorg voor slachtoffers is versnipperd over ervaringsdeskundigen en gemeenten.",
  );
  expect(await axeFindings(page, ".corpora-dialog")).toEqual([]);
  // Nothing is stored before Opslaan.
  expect((await storedCorpora(page)).length).toBe(1);
  await preview.getByLabel("Naam van het corpus").fill("Raadpleging zorg");
  await preview.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByTestId("import-message")).toHaveText(
    "Raadpleging zorg is opgeslagen met 5 citaten.",
  );
  await expect(dialog.locator(".corpus-row", { hasText: "Raadpleging zorg" })).toContainText(
    "gebruikt in deze analyse",
  );
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  await expect(page.getByTestId("library-result-count")).toHaveText("5 van 5 citaten");
  await expect(page.getByRole("heading", { name: /2\.2 Kennis/ })).toBeVisible();
  expect((await storedCorpora(page)).map((c) => c.quotes).slice(-1)).toEqual([5]);
  // Search works on the index the import worker built.
  await page.getByLabel("Zoek in citaten").fill("rechercheurs");
  await expect(page.getByTestId("library-result-count")).toContainText("1 van 5 citaten");
  await page.getByLabel("Zoek in citaten").fill("");

  // The analysis remembers its corpus across a reload; the seed corpus is still there.
  await page.reload();
  await expect(page.getByTestId("library-result-count")).toHaveText("5 van 5 citaten");
  const dialogAgain = await openCorpora(page);
  await dialogAgain
    .locator(".corpus-row", { hasText: "bloemlezing" })
    .getByRole("button", { name: "Gebruiken in deze analyse" })
    .click();
  await dialogAgain.getByRole("button", { name: "Sluiten" }).last().click();
  await expect(page.getByTestId("library-result-count")).not.toHaveText("5 van 5 citaten");
});

test("imports a CSV after the columns are chosen, and says so when no text column is chosen", async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openCorpora(page);
  const csv =
    "code;kop;inbreng;blz\n2.1;Capaciteit;Te weinig mensen, te veel werk.;12\n2.2;Kennis;Niemand weet hoe het moet.;13\n";
  await chooseFile(page, textFile("sessie.csv", csv));
  await expect(dialog.getByRole("heading", { name: "Kolommen van ‘sessie.csv’" })).toBeVisible();
  await dialog.getByRole("button", { name: "Verder" }).click();
  await expect(dialog.getByTestId("import-message")).toContainText(
    "Kies de kolom met de tekst van de citaten (kolommen in ‘sessie.csv’: code, kop, inbreng, blz)",
  );
  expect((await storedCorpora(page)).length).toBe(1);

  await dialog.getByLabel("Tekst van het citaat").selectOption({ label: "inbreng" });
  await dialog.getByLabel("Themanummer (bijv. 2.3)").selectOption({ label: "code" });
  await dialog.getByLabel("Thematitel").selectOption({ label: "kop" });
  await dialog.getByLabel("Pagina", { exact: true }).selectOption({ label: "blz" });
  await expect(dialog.locator("table")).toContainText("Te weinig mensen, te veel werk.");
  await dialog.getByRole("button", { name: "Verder" }).click();
  await expect(dialog.getByTestId("import-summary")).toHaveText(
    "2 citaten in 2 thema's en 1 hoofdstuk",
  );
  await dialog.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByTestId("import-message")).toContainText("opgeslagen met 2 citaten");
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  const quote = libraryQuote(page, "Niemand weet hoe het moet.");
  await expect(quote).toContainText("2.2");
  await expect(quote).toContainText("p. 13");
});

test("imports a two-column PDF: columns read apart, headings found, footer dropped", async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openCorpora(page);
  await chooseFile(page, {
    name: "bloemlezing.pdf",
    mimeType: "application/pdf",
    buffer: await twoColumnPdf(),
  });
  await expect(dialog.getByTestId("import-summary")).toHaveText(
    "4 citaten in 2 thema's en 1 hoofdstuk",
    { timeout: 15_000 },
  );
  const quotes = dialog.locator(".import-preview-quotes li");
  await expect(quotes).toHaveCount(4);
  await expect(quotes.nth(0)).toContainText(
    "Er zijn te weinig rechercheurs voor mensenhandel in onze regio.",
  );
  await expect(quotes.nth(1)).toContainText(
    "De zorg voor slachtoffers is versnipperd over veel gemeenten.",
  );
  await expect(quotes.nth(2)).toContainText(
    "Wachtlijsten bij de opvang lopen op en dat merken de slachtoffers.",
  );
  await expect(quotes.nth(3)).toContainText(
    "Professionals herkennen signalen van uitbuiting niet op tijd.",
  );
  await expect(quotes.nth(0)).toContainText("p. 11");
  await expect(dialog.getByTestId("import-preview")).not.toContainText("bloemlezing - programma");
  await dialog.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByTestId("import-message")).toContainText("opgeslagen met 4 citaten");
});

test("split and merge a quote in the library; the card on the canvas follows, and undo brings it back", async ({
  page,
}) => {
  await openApp(page);
  await importAndStore(page, textFile("raadpleging.md", MARKDOWN), 5);
  const original = "Er zijn te weinig rechercheurs voor mensenhandel. Zaken blijven liggen.";
  await libraryQuote(page, original).getByRole("button", { name: "Op canvas" }).click();
  const card = nodesOfKind(page, "quote").first();
  await expect(card).toContainText(original);

  // Split at the cursor, just before "Zaken".
  await libraryQuote(page, original).getByRole("button", { name: "Corrigeren" }).click();
  const editor = page.getByRole("dialog", { name: "Citaat corrigeren" });
  const text = editor.getByLabel("Tekst van het citaat");
  await text.evaluate(
    (el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at),
    original.indexOf("Zaken"),
  );
  await editor.getByRole("button", { name: "Splitsen bij de cursor" }).click();
  await expect(page.getByTestId("library-result-count")).toHaveText("6 van 6 citaten");
  await expect(card).toContainText("Er zijn te weinig rechercheurs voor mensenhandel.");
  await expect(card).not.toContainText("Zaken blijven liggen.");
  await expect(
    page.getByRole("alert").filter({ hasText: "eerste deel van het gesplitste citaat" }),
  ).toBeVisible();
  await expect(libraryQuote(page, "Zaken blijven liggen.")).toBeVisible();

  // Merge the other section's broken quote with the next one; place it first.
  const broken = "Professionals herkennen de signalen niet";
  await libraryQuote(page, broken).getByRole("button", { name: "Op canvas" }).click();
  await expect(nodesOfKind(page, "quote")).toHaveCount(2);
  await libraryQuote(page, broken).getByRole("button", { name: "Corrigeren" }).click();
  await editor.getByRole("button", { name: "Samenvoegen met het volgende citaat" }).click();
  const merged = "Professionals herkennen de signalen niet omdat niemand ze erop heeft gewezen.";
  await expect(nodesOfKind(page, "quote").filter({ hasText: merged })).toHaveCount(1);
  await expect(page.getByTestId("library-result-count")).toHaveText("5 van 5 citaten");

  // The corrections are listed; undoing the split brings the card's whole text back.
  await page.getByRole("button", { name: "Correcties (2)" }).click();
  const list = page.getByRole("dialog", { name: /Correcties van/ });
  await expect(list.getByTestId("correction-list").locator("li")).toHaveCount(2);
  await list
    .locator("li", { hasText: "Gesplitst" })
    .getByRole("button", { name: "Ongedaan maken" })
    .click();
  await expect(list.getByTestId("correction-list").locator("li")).toHaveCount(1);
  await list.getByRole("button", { name: "Sluiten" }).click();
  await expect(card).toContainText(original);

  // The merge survives a re-import of the same file: 5 parsed, 4 shown.
  await importAndStore(page, textFile("raadpleging.md", MARKDOWN), 5, 4);
  await expect(libraryQuote(page, merged)).toBeVisible();
});

test("move a quote to another theme and hide a non-quote; both are listed and undoable", async ({
  page,
}) => {
  await openApp(page);
  await importAndStore(page, textFile("raadpleging.md", MARKDOWN), 5);
  const editor = page.getByRole("dialog", { name: "Citaat corrigeren" });

  const zorg = "De zorg voor slachtoffers is versnipperd";
  await libraryQuote(page, zorg).getByRole("button", { name: "Corrigeren" }).click();
  await expect(editor).toBeVisible();
  expect(await axeFindings(page, ".corpora-dialog")).toEqual([]);
  await editor.getByLabel("Verplaatsen naar thema").selectOption({ label: "2.2 Kennis" });
  await editor.getByRole("button", { name: "Verplaatsen", exact: true }).click();
  await expect(libraryQuote(page, zorg)).toContainText("2.2");

  await libraryQuote(page, "Er is geen landelijk kennispunt.")
    .getByRole("button", { name: "Corrigeren" })
    .click();
  await editor.getByRole("button", { name: "Verbergen (geen citaat)" }).click();
  await expect(page.getByTestId("library-result-count")).toHaveText("4 van 4 citaten");

  await page.getByRole("button", { name: "Correcties (2)" }).click();
  const list = page.getByRole("dialog", { name: /Correcties van/ });
  await expect(list.locator("li", { hasText: "Verplaatst naar 2.2 Kennis" })).toBeVisible();
  await list
    .locator("li", { hasText: "Verborgen" })
    .getByRole("button", { name: "Ongedaan maken" })
    .click();
  await list.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByTestId("library-result-count")).toHaveText("5 van 5 citaten");
});

test("rename and delete a corpus: deleting one in use asks first, and the cards keep their text", async ({
  page,
}) => {
  await openApp(page);
  await importAndStore(page, textFile("raadpleging.md", MARKDOWN), 5);
  const quote = "Er is geen landelijk kennispunt.";
  await libraryQuote(page, quote).getByRole("button", { name: "Op canvas" }).click();
  await expect(nodesOfKind(page, "quote")).toHaveCount(1);

  const dialog = await openCorpora(page);
  const row = dialog.locator(".corpus-row", { hasText: "raadpleging" });
  await row.getByRole("button", { name: "Naam wijzigen" }).click();
  await row.getByLabel(/Nieuwe naam voor/).fill("Zorg 2026");
  await row.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.locator(".corpus-row", { hasText: "Zorg 2026" })).toBeVisible();

  let question = "";
  page.once("dialog", async (confirm) => {
    question = confirm.message();
    await confirm.dismiss();
  });
  await dialog
    .locator(".corpus-row", { hasText: "Zorg 2026" })
    .getByRole("button", { name: "Verwijderen" })
    .click();
  await expect.poll(() => question).toContain("wordt gebruikt door 1 analyse: ‘Analyse ");
  await expect(dialog.locator(".corpus-row", { hasText: "Zorg 2026" })).toBeVisible();

  page.once("dialog", (confirm) => confirm.accept());
  await dialog
    .locator(".corpus-row", { hasText: "Zorg 2026" })
    .getByRole("button", { name: "Verwijderen" })
    .click();
  await expect(dialog.locator(".corpus-row", { hasText: "Zorg 2026" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  expect(await storedCorpora(page)).toEqual([
    { id: "seed-bloemlezing", quotes: expect.any(Number) },
  ]);
  // The library falls back to the bloemlezing; the card on the canvas still shows its quote.
  await expect(page.getByTestId("corpus-status")).toContainText("citaten uit de bloemlezing");
  await expect(nodesOfKind(page, "quote").first()).toContainText(quote);
});

test("bad input gets a clear Dutch message and stores nothing", async ({ page }) => {
  await openApp(page);
  const dialog = await openCorpora(page);
  const message = dialog.getByTestId("import-message");
  const utf16 = Buffer.from("Hallo wereld\n\nTweede citaat\n", "utf16le");
  await chooseFile(page, { name: "utf16.txt", mimeType: "text/plain", buffer: utf16 });
  await expect(message).toContainText("‘utf16.txt’ is geen UTF-8-tekst (gevonden: UTF-16)");

  const latin1 = Buffer.from("Eerste regel\n\nCaf\xe9 in de stad\n", "latin1");
  await chooseFile(page, { name: "latin1.txt", mimeType: "text/plain", buffer: latin1 });
  await expect(message).toContainText("is geen UTF-8-tekst (tekens die geen UTF-8 zijn, regel 3)");

  await chooseFile(page, { name: "leeg.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(message).toHaveText("‘leeg.txt’ is leeg. Er is niets opgeslagen.");

  await chooseFile(page, {
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: await pdfWithoutText(),
  });
  await expect(message).toContainText("‘scan.pdf’ heeft geen tekstlaag", { timeout: 15_000 });

  await chooseFile(
    page,
    textFile(
      "kapot.json",
      '{"format":"ontrafel-corpus","version":1,"name":"x","quotes":[{"text":""}]}',
    ),
  );
  await expect(message).toContainText("bij quotes[0].text klopt de waarde niet");

  // 200 MB: refused by its size before it is read. The file is made inside the page.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>(".import-panel input[type=file]");
    if (!input) throw new Error("no file input");
    const chunk = new Uint8Array(1024 * 1024);
    const file = new File(
      Array.from({ length: 200 }, () => chunk),
      "groot.txt",
      { type: "text/plain" },
    );
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect(message).toContainText("‘groot.txt’ is te groot (200 MB); de grens is 50 MB");

  expect(await storedCorpora(page)).toEqual([
    { id: "seed-bloemlezing", quotes: expect.any(Number) },
  ]);
});

test("a corpus file with script and HTML in its text is shown as text and runs nothing; one with prototype keys is refused in Dutch", async ({
  page,
}) => {
  const fixtures = join(import.meta.dirname, "../fixtures/import");
  const fixture = (name: string): FilePayload => ({
    name,
    mimeType: "application/json",
    buffer: readFileSync(join(fixtures, name)),
  });
  await openApp(page);
  const dialog = await openCorpora(page);
  await chooseFile(page, fixture("prototype-keys.corpus.json"));
  await expect(dialog.getByTestId("import-message")).toHaveText(
    "‘prototype-keys.corpus.json’ is geen Ontrafel-corpus: bij het hoogste niveau klopt de waarde niet (onbekend veld: ‘__proto__’, ‘constructor’). Er is niets opgeslagen.",
  );
  await chooseFile(page, fixture("hostile-text.corpus.json"));
  await expect(dialog.getByTestId("import-summary")).toContainText("1 citaat");
  await dialog.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByTestId("import-message")).toHaveText(
    '<img src=x onerror="window.__pwned=true"> is opgeslagen met 1 citaat.',
  );
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  const quote = libraryQuote(page, "<script>window.__pwned = true</script>");
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText('<img src=x onerror="window.__pwned=true"> blijven tekst.');
  await expect(page.locator('img[src="x"], #root script')).toHaveCount(0);
  expect(
    await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: boolean }).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
    })),
  ).toEqual({});
});

test("a large import shows progress and a cancel leaves nothing half-written", async ({ page }) => {
  await openApp(page);
  const dialog = await openCorpora(page);
  // Large enough that its search index takes a while: Opslaan waits for it, cancellable.
  const count = 50_000;
  const text = Array.from({ length: count }, (_, i) => `Citaat nummer ${i} over de aanpak.`).join(
    "\n\n",
  );
  await chooseFile(page, textFile("groot.txt", text));
  await expect(dialog.getByTestId("import-summary")).toContainText("50.000 citaten", {
    timeout: 20_000,
  });
  // Another connection holds a write lock on the quote blocks, so the import's transaction
  // queues behind it: the import is still running when Annuleren is pressed, however fast
  // the machine, and its transaction can only start after the cancel.
  await holdQuoteBlocksLock(page);
  await dialog.getByRole("button", { name: "Opslaan" }).click();
  await expect(dialog.getByRole("progressbar", { name: "Voortgang van de import" })).toBeVisible();
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog.getByTestId("import-message")).toHaveText(
    "Import geannuleerd; er is niets opgeslagen.",
  );
  await releaseQuoteBlocksLock(page);
  // Read once the lock is gone: this read queues behind the import's transaction, if any.
  expect(await storedCorpora(page)).toEqual([
    { id: "seed-bloemlezing", quotes: expect.any(Number) },
  ]);
  // The library still shows the bloemlezing.
  await dialog.getByRole("button", { name: "Sluiten" }).last().click();
  await expect(page.getByTestId("corpus-status")).toContainText("citaten uit de bloemlezing");
});

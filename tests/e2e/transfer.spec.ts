import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Download, expect, type Page, test } from "@playwright/test";
import { openApp, type StoredAnalysis, storedAnalyses } from "./support/app";
import { axeFindings } from "./support/axe";
import { nodesOfKind } from "./support/canvas";

const FIXTURES = join(import.meta.dirname, "../fixtures/import");
const fixture = (name: string) => join(FIXTURES, name);

/** The analysis without what an import gives anew (its id and edit time). */
function content({ id: _id, updatedAt: _u, ...rest }: StoredAnalysis) {
  return rest;
}

/** Opens the app (its first analysis), then the analyses overview. */
async function openOverview(page: Page) {
  await openApp(page);
  await page.getByRole("link", { name: /Alle analyses/ }).click();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
}

/** Chooses a file with the "Importeren…" button of the screen that is showing. */
async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.getByTestId("import-file").setInputFiles(file);
}

async function importAndOpen(page: Page, name: string) {
  const before = page.url();
  await importFile(page, fixture(name));
  await expect(
    page.getByRole("alert").filter({ hasText: "is geïmporteerd als nieuwe analyse" }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(before);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

/** Exports with the dialog and returns the download. */
async function exportAs(
  page: Page,
  format: RegExp,
  options: { scale?: string; frame?: RegExp } = {},
): Promise<Download> {
  await page.getByRole("button", { name: "Exporteren…" }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse exporteren" });
  await dialog.getByRole("radio", { name: format }).check();
  if (options.frame) await dialog.getByRole("radio", { name: options.frame }).check();
  if (options.scale) await dialog.getByRole("radio", { name: options.scale, exact: true }).check();
  const download = page.waitForEvent("download", { timeout: 20_000 });
  await dialog.getByRole("button", { name: "Exporteren", exact: true }).click();
  const file = await download;
  await expect(dialog.getByRole("status")).toContainText(`Gedownload: ${file.suggestedFilename()}`);
  await dialog.getByRole("button", { name: "Sluiten" }).click();
  await expect(dialog).toBeHidden();
  return file;
}

async function downloaded(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFileSync(path);
}

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the browser: the share of pixels that differ from the top-left one (background). */
async function inkShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (
        Math.abs((data[i] as number) - (data[0] as number)) +
          Math.abs((data[i + 1] as number) - (data[1] as number)) >
        60
      )
        ink++;
    }
    return ink / (data.length / 4);
  }, bytes.toString("base64"));
}

/** The nodes' extent in canvas units, measured on the screen (independent of the export code). */
async function nodesExtent(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? "")?.[1] ?? 1);
    const boxes = [...document.querySelectorAll(".react-flow__node")].map((n) =>
      n.getBoundingClientRect(),
    );
    const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
    const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
    return { width: width / zoom, height: height / zoom };
  });
}

test("a PNG of the whole analysis: real size, not blank, 2× twice as sharp, and it opens again as the analysis", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  await expect(nodesOfKind(page, "cluster")).toHaveCount(1);
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  const extent = await nodesExtent(page);

  const one = await exportAs(page, /PNG-afbeelding/, { scale: "1×" });
  expect(one.suggestedFilename()).toMatch(
    /^Mensenhandel — oorzaken \(versie 1\) \(geïmporteerd\)-\d{4}-\d{2}-\d{2}\.png$/,
  );
  const oneBytes = await downloaded(one);
  // Kept with the test's output, for a person to look at.
  writeFileSync(test.info().outputPath("export-1x.png"), oneBytes);
  const size1 = pngSize(oneBytes);
  // The whole drawing plus a margin and the caption: never the visible part only.
  expect(size1.width).toBeGreaterThanOrEqual(extent.width);
  expect(size1.width).toBeLessThan(extent.width + 150);
  expect(size1.height).toBeGreaterThanOrEqual(extent.height);
  expect(size1.height).toBeLessThan(extent.height + 200);
  expect(await inkShare(page, oneBytes)).toBeGreaterThan(0.01);

  const twoBytes = await downloaded(await exportAs(page, /PNG-afbeelding/, { scale: "2×" }));
  writeFileSync(test.info().outputPath("export-2x.png"), twoBytes);
  const size2 = pngSize(twoBytes);
  expect(Math.abs(size2.width - 2 * size1.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(size2.height - 2 * size1.height)).toBeLessThanOrEqual(2);
  expect(await inkShare(page, twoBytes)).toBeGreaterThan(0.01);

  // Dropping the picture back in (here: choosing it) reopens the analysis as a new one.
  const [original] = await storedAnalyses(page).then((all) =>
    all.filter((a) => a.title.startsWith("Mensenhandel")),
  );
  await importFile(page, { name: "dia.png", mimeType: "image/png", buffer: twoBytes });
  await expect(
    page.getByRole("alert").filter({ hasText: "‘dia.png’ is geïmporteerd" }),
  ).toBeVisible();
  const copies = (await storedAnalyses(page)).filter((a) => a.title.startsWith("Mensenhandel"));
  expect(copies).toHaveLength(2);
  const reopened = copies.find((a) => a.id !== original?.id);
  if (!original || !reopened) throw new Error("analysis missing");
  expect(content(reopened)).toEqual(content(original));
  await expect(nodesOfKind(page, "quote")).toHaveCount(3);
});

test("a 16:9 slide: exactly 1920 × 1080 (3840 × 2160 at 2×), not blank, and it opens again as the analysis", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  const slide = { frame: /Dia 16:9/ };
  const oneBytes = await downloaded(
    await exportAs(page, /PNG-afbeelding/, { ...slide, scale: "1×" }),
  );
  writeFileSync(test.info().outputPath("slide-1x.png"), oneBytes);
  expect(pngSize(oneBytes)).toEqual({ width: 1920, height: 1080 });
  expect(await inkShare(page, oneBytes)).toBeGreaterThan(0.01);
  const twoBytes = await downloaded(
    await exportAs(page, /PNG-afbeelding/, { ...slide, scale: "2×" }),
  );
  expect(pngSize(twoBytes)).toEqual({ width: 3840, height: 2160 });

  const [original] = (await storedAnalyses(page)).filter((a) => a.title.startsWith("Mensenhandel"));
  await importFile(page, { name: "dia-16-9.png", mimeType: "image/png", buffer: twoBytes });
  await expect(
    page.getByRole("alert").filter({ hasText: "‘dia-16-9.png’ is geïmporteerd" }),
  ).toBeVisible();
  const copies = (await storedAnalyses(page)).filter((a) => a.title.startsWith("Mensenhandel"));
  const reopened = copies.find((a) => a.id !== original?.id);
  if (!original || !reopened) throw new Error("analysis missing");
  expect(content(reopened).nodes).toEqual(content(original).nodes);
  expect(content(reopened).edges).toEqual(content(original).edges);
});

test("the PDF is one landscape page whose text holds the tree's titles and the legend", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  const file = await exportAs(page, /PDF/, { frame: /Dia 16:9/ });
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await downloaded(file);
  writeFileSync(test.info().outputPath("slide.pdf"), bytes);
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  expect(pdf.numPages).toBe(1);
  const pdfPage = await pdf.getPage(1);
  const { width, height } = pdfPage.getViewport({ scale: 1 });
  expect(width).toBeGreaterThan(height);
  const text = (await pdfPage.getTextContent()).items
    .map((item) => ("str" in item ? item.str : ""))
    .join(" ");
  for (const title of [
    "Uitbuiting blijft onzichtbaar",
    "Kwetsbare jongeren",
    "Kernprobleem",
    "leidt tot",
  ])
    expect(text.replace(/\s+/g, " ")).toContain(title);
});

test("JSON export and import round-trip; JSON Canvas export follows the spec; a hand-written canvas imports", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");

  const json = await exportAs(page, /Ontrafel-bestand/);
  expect(json.suggestedFilename()).toMatch(/\.ontrafel\.json$/);
  const file = JSON.parse((await downloaded(json)).toString("utf8"));
  expect(file).toMatchObject({ format: "ontrafel-analysis", appVersion: expect.any(String) });
  expect(file.schemaVersion).toBe(file.analysis.schemaVersion);
  expect(file.quotes.map((q: { id: string }) => q.id)).toEqual([
    "q_0pud3hydc0s",
    "q_044iaic8850",
    "q_notinthecorpus",
  ]);

  const canvasFile = await exportAs(page, /JSON Canvas/);
  expect(canvasFile.suggestedFilename()).toMatch(/\.canvas$/);
  const canvas = JSON.parse((await downloaded(canvasFile)).toString("utf8"));
  const ids = canvas.nodes.map((n: { id: string }) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const node of canvas.nodes) {
    expect(["text", "file", "link", "group"]).toContain(node.type);
    for (const key of ["x", "y", "width", "height"]) expect(Number.isInteger(node[key])).toBe(true);
  }
  const texts = canvas.nodes.filter((n: { type: string }) => n.type === "text");
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((n: { text?: unknown }) => typeof n.text !== "string")).toEqual([]);
  expect(canvas.nodes.filter((n: { type: string }) => n.type === "group")).toHaveLength(1);
  for (const edge of canvas.edges) {
    expect(ids).toContain(edge.fromNode);
    expect(ids).toContain(edge.toNode);
  }
  // A link's own label travels; a plain "leads to" link gets none added.
  expect(canvas.edges.map((e: { label?: string }) => e.label)).toEqual([undefined, "online"]);

  // The JSON file comes back as an equal analysis.
  await importFile(page, {
    name: json.suggestedFilename(),
    mimeType: "application/json",
    buffer: await downloaded(json),
  });
  await expect(page.getByRole("alert").filter({ hasText: "is geïmporteerd" })).toBeVisible();
  // The notice can come before the new analysis's first save has landed: wait for the store.
  const stored = async () =>
    (await storedAnalyses(page)).filter((a) => a.title.startsWith("Mensenhandel"));
  await expect.poll(async () => (await stored()).length).toBe(2);
  const versions = await stored();
  expect(versions).toHaveLength(2);
  expect(content(versions[0] as StoredAnalysis)).toEqual(content(versions[1] as StoredAnalysis));

  // A canvas written by hand (or by another tool) opens too, its quote recognised from the corpus.
  await importFile(page, fixture("hand-written.canvas"));
  await expect(page.getByRole("alert")).toContainText(
    "Hersteld: 1 verbinding naar ontbrekende elementen weggelaten",
  );
  await expect(nodesOfKind(page, "cluster")).toContainText("Kwetsbare jongeren");
  await expect(nodesOfKind(page, "quote")).toContainText("Toenemende groep zwerfjongeren");
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
  await expect(page.locator(".react-flow__edge")).toHaveCount(4);
});

test("the JSON Canvas spec's sample shape opens with every node in view, file and link nodes named", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "sample-shape.canvas");
  const nodes = page.locator(".react-flow__node");
  await expect(nodes).toHaveCount(5);
  // Text, file, link and group nodes all arrive, and both edges (one with sides).
  await expect(nodesOfKind(page, "cluster")).toContainText("Ideeën");
  await expect(nodesOfKind(page, "factor")).toHaveCount(2);
  await expect(nodesOfKind(page, "note")).toHaveCount(2);
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  await expect(
    page.getByRole("note", { name: "Bestand: notities/plan van aanpak.md#Stap 2" }),
  ).toBeVisible();
  await expect(
    page.getByRole("note", { name: "Webpagina: https://example.org/opgavegericht-werken" }),
  ).toBeVisible();
  const pane = await page.locator(".react-flow").boundingBox();
  if (!pane) throw new Error("no canvas");
  await expect
    .poll(async () => {
      const boxes = await nodes.evaluateAll((elements) =>
        elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      return boxes.filter(
        (b) =>
          b.left >= pane.x &&
          b.top >= pane.y &&
          b.right <= pane.x + pane.width &&
          b.bottom <= pane.y + pane.height,
      ).length;
    })
    .toBe(5);
});

test("bad files are refused with the file, the problem and where; nothing is stored", async ({
  page,
}) => {
  await openOverview(page);
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
  const before = await storedAnalyses(page);
  const cases: [string, RegExp][] = [
    ["empty.json", /het bestand is leeg/],
    ["malformed.json", /ongeldige JSON op regel 5, kolom 15/],
    ["wrong-format.json", /format is ‘excalidraw’/],
    ["future-version.ontrafel.json", /nieuwere Ontrafel \(schemaversie 99/],
    ["wrong-types.ontrafel.json", /bij \$\.analysis\.nodes\[0\]\.position\.x klopt de waarde niet/],
    ["missing-fields.ontrafel.json", /bij \$\.analysis\.title/],
    ["deep-nesting.ontrafel.json", /dieper genest dan 32 niveaus/],
    [
      "prototype-pollution.ontrafel.json",
      /sleutel ‘__proto__’ is niet toegestaan \(bij \$\.analysis\.nodes\[0\]\)/,
    ],
    ["binary-junk.json", /geen tekstbestand/],
    ["png-without-analysis.png", /bevat geen Ontrafel-analyse/],
    ["damaged.png", /PNG is beschadigd/],
  ];
  for (const [name, problem] of cases) {
    await importFile(page, fixture(name));
    const alert = page
      .getByRole("alert")
      .filter({ hasText: `‘${name}’ kan niet worden geïmporteerd` });
    await expect(alert).toContainText(problem);
    await expect(alert).toContainText("Er is niets opgeslagen.");
  }
  // Over the size limit (dropped: Playwright will not choose a file this large): refused unread.
  const huge = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1)], "groot.json"));
    return data;
  });
  await page.locator("body").dispatchEvent("drop", { dataTransfer: huge });
  await expect(page.getByRole("alert")).toContainText("de grens is 50 MB");
  expect(await storedAnalyses(page)).toEqual(before);
  expect(
    await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
  ).toBeUndefined();
  await expect(page.getByRole("heading", { name: "Analyses" })).toBeVisible();
});

test("HTML and script in an imported file stay text", async ({ page }) => {
  await openOverview(page);
  await importAndOpen(page, "script-in-text.ontrafel.json");
  await expect(
    nodesOfKind(page, "factor").filter({ hasText: "<script>window.__pwned = true</script>" }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
  expect(await page.locator(".react-flow__node img").count()).toBe(0);
});

test("a file dropped on the workspace is imported as a new analysis", async ({ page }) => {
  await openApp(page);
  const openBefore = page.url();
  const text = readFileSync(fixture("hand-written.canvas"), "utf8");
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], "bord.canvas", { type: "application/json" }));
    return data;
  }, text);
  const canvas = page.getByTestId("canvas");
  await canvas.dispatchEvent("dragenter", { dataTransfer: transfer });
  await expect(page.getByText("Laat los om als nieuwe analyse te importeren")).toBeVisible();
  await canvas.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByRole("alert")).toContainText(
    "‘bord.canvas’ is geïmporteerd als nieuwe analyse ‘bord (geïmporteerd)’",
  );
  await expect(page).not.toHaveURL(openBefore);
  await expect(nodesOfKind(page, "cluster")).toContainText("Kwetsbare jongeren");
});

test("a picture too large for 2× is made at a lower ratio and says so, never blank", async ({
  page,
}) => {
  await openOverview(page);
  const wide = JSON.parse(readFileSync(fixture("v1-analysis.ontrafel.json"), "utf8"));
  // The note 12,000 px to the right: at 2× the picture would be over 24,000 px wide.
  wide.analysis.nodes[5].position.x = 12_000;
  wide.analysis.title = "Breed bord";
  await importFile(page, {
    name: "breed.ontrafel.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(wide)),
  });
  await expect(page.getByRole("alert").filter({ hasText: "is geïmporteerd" })).toBeVisible();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();

  await page.getByRole("button", { name: "Exporteren…" }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse exporteren" });
  await dialog.getByRole("radio", { name: "2×", exact: true }).check();
  const download = page.waitForEvent("download", { timeout: 20_000 });
  await dialog.getByRole("button", { name: "Exporteren", exact: true }).click();
  const bytes = await downloaded(await download);
  await expect(dialog.getByRole("status")).toContainText(
    /te groot voor 2×; ze is gemaakt op 1,\d+×/,
  );
  const size = pngSize(bytes);
  expect(size.width).toBeLessThanOrEqual(16_384);
  expect(size.width).toBeGreaterThan(12_000);
  expect(await inkShare(page, bytes)).toBeGreaterThan(0.001);
});

test("the export dialog is accessible and the other formats download with sensible names", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  await page.getByRole("button", { name: "Exporteren…" }).click();
  // The dialog's code loads on first use: check it once it is there.
  await expect(page.locator(".transfer-dialog")).toBeVisible();
  expect(await axeFindings(page, ".transfer-dialog")).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("button", { name: "Exporteren…" })).toBeFocused();

  const svg = (await downloaded(await exportAs(page, /SVG-afbeelding/))).toString("utf8");
  expect(svg).toContain("<svg");
  expect(svg).toContain("Kwetsbare jongeren");
  expect(svg).toContain("Nog navragen");
  const report = await exportAs(page, /Verslag in Markdown/);
  expect(report.suggestedFilename()).toMatch(/\.md$/);
  const markdown = (await downloaded(report)).toString("utf8");
  expect(markdown).toContain("## Kernprobleem: Uitbuiting blijft onzichtbaar");
  expect(markdown).toContain("- **Kwetsbare jongeren** _(Oorzaak)_");
  const csv = (await downloaded(await exportAs(page, /CSV/))).toString("utf8");
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(4);
  expect(csv).toContain("Kwetsbare jongeren,Oorzaak");
});

test("the pictures hold none of the canvas's controls: no buttons, fields, handles or their words", async ({
  page,
}) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  // Every control drawn on the canvas, in its nodes and around it, by the words it shows.
  const controls = await page
    .locator(".react-flow")
    .locator(
      "button, input, select, textarea, [role='button']:not(.react-flow__node), .react-flow__handle",
    )
    .evaluateAll((elements) =>
      elements.map((e) => ({
        tag: e.tagName.toLowerCase(),
        words: (e.getAttribute("aria-label") || e.textContent || "").trim(),
      })),
    );
  expect(controls.filter((c) => c.tag === "button").length).toBeGreaterThan(3);
  expect(controls.filter((c) => c.words.length > 0).length).toBeGreaterThan(3);

  for (const frame of [/Hele bord/, /Dia 16:9/]) {
    const svg = (await downloaded(await exportAs(page, /SVG-afbeelding/, { frame }))).toString(
      "utf8",
    );
    const drawn = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return {
        parsed: doc.documentElement.nodeName,
        elements: [...doc.querySelectorAll("*")].map((e) => e.localName),
        classes: [...doc.querySelectorAll("[class]")].map((e) => e.getAttribute("class") ?? ""),
        text: [...doc.querySelectorAll("text, title")].map((e) => e.textContent ?? "").join("\n"),
      };
    }, svg);
    expect(drawn.parsed).toBe("svg");
    expect(drawn.text).toContain("Kwetsbare jongeren");
    const formParts = ["foreignObject", "button", "input", "select", "textarea"];
    expect(drawn.elements.filter((name) => formParts.includes(name))).toEqual([]);
    expect(drawn.classes.filter((c) => c.includes("react-flow"))).toEqual([]);
    const shown = controls.map((c) => c.words).filter((w) => w.length > 0);
    expect(shown.filter((words) => drawn.text.includes(words))).toEqual([]);
  }
});

test("only the selection: a smaller picture of the selected part", async ({ page }) => {
  await openOverview(page);
  await importAndOpen(page, "v1-analysis.ontrafel.json");
  const whole = pngSize(await downloaded(await exportAs(page, /PNG-afbeelding/, { scale: "1×" })));
  // The stored view may leave the note at the canvas edge: bring everything into view first.
  await page.getByRole("button", { name: "Alles in beeld" }).click();
  await page.locator(".react-flow__node-note").click();
  await page.getByRole("button", { name: "Exporteren…" }).click();
  const dialog = page.getByRole("dialog", { name: "Analyse exporteren" });
  await dialog.getByRole("radio", { name: "1×", exact: true }).check();
  await dialog.getByRole("checkbox", { name: "Alleen de selectie (1)" }).check();
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Exporteren", exact: true }).click();
  const part = pngSize(await downloaded(await download));
  // The note alone (200 px wide) with its margins, not the whole board.
  expect(part.width).toBeLessThan(whole.width / 2);
  expect(part.width).toBeGreaterThanOrEqual(200);
});

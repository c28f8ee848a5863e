import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cluster, factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithSession } from "../../../tests/helpers/testSession";
import { loadAnalysis } from "../../persistence/analysisRepo";
import { saveSnapshot } from "../../persistence/snapshotRepo";
import { AnalysesOverview } from "./AnalysesOverview";

const first = {
  ...makeAnalysis(
    [
      { ...cluster("k", "cause"), position: { x: 0, y: 300 } },
      { ...factor("p", "problem"), position: { x: 0, y: 0 } },
    ],
    [link("k", "p")],
  ),
  id: "a1",
  title: "Wachtlijsten",
  updatedAt: 2,
};
const second = { ...makeAnalysis(), id: "a2", title: "Eenzaamheid", updatedAt: 1 };

function item(title: string) {
  const link = screen.getByRole("link", { name: title });
  const li = link.closest("li");
  if (!li) throw new Error(`no item for ${title}`);
  return within(li);
}

describe("AnalysesOverview", () => {
  it("lists every analysis with its counts and a drawn preview, newest first", async () => {
    const { container } = await renderWithSession(<AnalysesOverview />, {
      analyses: [first, second],
    });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    const links = screen.getAllByRole("link").map((a) => a.textContent);
    expect(links).toEqual(["Wachtlijsten", "Eenzaamheid"]);
    expect(item("Wachtlijsten").getByText(/0 citaten, 1 cluster, 1 verband/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Wachtlijsten" })).toHaveAttribute(
      "href",
      "#/analysis/a1",
    );
    const preview = container.querySelector('[data-analysis-id="a1"] svg');
    expect(preview?.querySelectorAll("rect")).toHaveLength(2);
    expect(preview?.querySelectorAll("line")).toHaveLength(1);
    expect(preview?.querySelector(".preview-role-problem")).not.toBeNull();
    expect(screen.queryByRole("heading", { name: /Prullenbak/ })).toBeNull();
  });

  it("names the corpus each analysis draws its quotes from", async () => {
    const { store } = await renderWithSession(<AnalysesOverview />, {
      analyses: [first, { ...second, corpusId: "weg" }],
    });
    act(() =>
      store.getState().setCorpora([
        {
          id: "seed",
          name: "Bloemlezing mensenhandel",
          kind: "seed",
          contentHash: "h",
          parserVersion: 1,
          quoteCount: 597,
          importedAt: 1,
        },
      ]),
    );
    await screen.findByRole("link", { name: "Wachtlijsten" });
    expect(item("Wachtlijsten").getByText("Bloemlezing mensenhandel")).toBeVisible();
    // A corpus that is no longer stored is left out rather than named wrongly.
    expect(item("Eenzaamheid").queryByText("Bloemlezing mensenhandel")).toBeNull();
  });

  it("renames an analysis in storage, from the keyboard", async () => {
    const { db, user } = await renderWithSession(<AnalysesOverview />, { analyses: [first] });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    await user.click(item("Wachtlijsten").getByRole("button", { name: "Naam wijzigen" }));
    const input = screen.getByLabelText("Nieuwe naam");
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.keyboard("Wachttijden{Enter}");
    await screen.findByRole("link", { name: "Wachttijden" });
    expect(screen.getByRole("status")).toHaveTextContent("Naam gewijzigd in Wachttijden.");
    const stored = await loadAnalysis(db, "a1");
    expect(stored?.ok && stored.value.title).toBe("Wachttijden");
    expect((await db.analyses.get("a1"))?.title).toBe("Wachttijden");
  });

  it("leaves the name alone when renaming is cancelled with Escape", async () => {
    const { db, user } = await renderWithSession(<AnalysesOverview />, { analyses: [first] });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    await user.click(screen.getByRole("button", { name: "Naam wijzigen" }));
    await user.keyboard("Iets anders{Escape}");
    expect(screen.queryByLabelText("Nieuwe naam")).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Naam wijzigen" })).toHaveFocus(),
    );
    expect((await db.analyses.get("a1"))?.title).toBe("Wachtlijsten");
  });

  it("duplicates an analysis as '<title> (kopie)'", async () => {
    const { db, user } = await renderWithSession(<AnalysesOverview />, { analyses: [first] });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    await user.click(screen.getByRole("button", { name: "Dupliceren" }));
    await screen.findByRole("link", { name: "Wachtlijsten (kopie)" });
    expect(await db.analyses.count()).toBe(2);
  });

  it("moves an analysis to the trash, restores it, and empties the trash only after confirming", async () => {
    const { db, user } = await renderWithSession(<AnalysesOverview />, {
      analyses: [first, second],
    });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    await user.click(item("Wachtlijsten").getByRole("button", { name: "Naar prullenbak" }));
    const trash = await screen.findByRole("region", { name: "Prullenbak (1)" });
    expect(screen.queryByRole("link", { name: "Wachtlijsten" })).toBeNull();
    expect(within(trash).getByText("Wachtlijsten")).toBeVisible();
    expect((await db.analyses.get("a1"))?.deletedAt).toEqual(expect.any(Number));

    await user.click(within(trash).getByRole("button", { name: "Terugzetten: Wachtlijsten" }));
    await screen.findByRole("link", { name: "Wachtlijsten" });
    expect(screen.queryByRole("region", { name: /Prullenbak/ })).toBeNull();

    await user.click(item("Eenzaamheid").getByRole("button", { name: "Naar prullenbak" }));
    await user.click(await screen.findByRole("button", { name: "Prullenbak legen…" }));
    // The safe choice has the focus; cancelling keeps everything.
    expect(screen.getByRole("button", { name: "Annuleren" })).toHaveFocus();
    expect(
      screen.getByText(/Deze analyse en haar bewaarde versies definitief verwijderen\?/),
    ).toBeVisible();
    await user.keyboard("{Enter}");
    expect(await db.analyses.count()).toBe(2);

    await user.click(screen.getByRole("button", { name: "Prullenbak legen…" }));
    await user.click(screen.getByRole("button", { name: "Definitief verwijderen" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: /Prullenbak/ })).toBeNull());
    expect(await db.analyses.toCollection().primaryKeys()).toEqual(["a1"]);
    expect(screen.getByRole("status")).toHaveTextContent("De prullenbak is leeg.");
  });

  it("lists an analysis's saved versions and restores one as a new analysis", async () => {
    const { db, user } = await renderWithSession(<AnalysesOverview />, { analyses: [first] });
    await saveSnapshot(db, first, { id: "s1", name: "Voor de workshop", now: 5 });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    const toggle = screen.getByRole("button", { name: "Versies" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const list = await screen.findByRole("list", { name: "Bewaarde versies van Wachtlijsten" });
    expect(within(list).getByText("Voor de workshop")).toBeVisible();
    await user.click(within(list).getByRole("button", { name: "Herstellen als kopie" }));
    await screen.findByRole("link", { name: "Wachtlijsten (Voor de workshop)" });
    expect(await db.analyses.count()).toBe(2);
    const original = await loadAnalysis(db, "a1");
    expect(original).toEqual({ ok: true, value: first });
  });

  it("keeps the analysis held in the store in step with storage", async () => {
    const { store, user } = await renderWithSession(<AnalysesOverview />, {
      analyses: [first],
      open: first,
    });
    await screen.findByRole("link", { name: "Wachtlijsten" });
    await user.click(screen.getByRole("button", { name: "Naam wijzigen" }));
    await user.clear(screen.getByLabelText("Nieuwe naam"));
    await user.keyboard("Nieuw{Enter}");
    await screen.findByRole("link", { name: "Nieuw" });
    expect(store.getState().analysis.title).toBe("Nieuw");

    await user.click(screen.getByRole("button", { name: "Naar prullenbak" }));
    await screen.findByRole("region", { name: "Prullenbak (1)" });
    // The trashed analysis is no longer what a deep link or the autosave would use.
    expect(store.getState().analysis.id).not.toBe("a1");
  });

  it("says so when there are no analyses", async () => {
    await renderWithSession(<AnalysesOverview />);
    expect(await screen.findByText(/Nog geen analyses/)).toBeVisible();
  });
});

import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { renderWithSession } from "../../../tests/helpers/testSession";
import { listSnapshots } from "../../persistence/snapshotRepo";
import { SnapshotButton } from "./SnapshotButton";
import { TitleEditor } from "./TitleEditor";

const open = { ...makeAnalysis(), id: "a1", title: "Wachtlijsten" };

describe("TitleEditor", () => {
  it("renames the open analysis through the store, as an undoable edit", async () => {
    const { store, user } = await renderWithSession(<TitleEditor />, { open, analyses: [open] });
    await user.click(screen.getByRole("button", { name: "Titel wijzigen: Wachtlijsten" }));
    const input = screen.getByRole("textbox", { name: "Titel van de analyse" });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.keyboard("Wachttijden{Enter}");
    expect(store.getState().analysis.title).toBe("Wachttijden");
    expect(screen.getByRole("button", { name: "Titel wijzigen: Wachttijden" })).toBeVisible();
    // Undo is the analysis's Yjs document's, bound once its lazy chunk has opened it.
    await waitFor(() => expect(store.getState().undoControl?.canUndo).toBe(true), {
      timeout: 10_000,
    });
    store.getState().undo();
    expect(store.getState().analysis.title).toBe("Wachtlijsten");
  });

  it("keeps the title on Escape and on an empty name", async () => {
    const { store, user } = await renderWithSession(<TitleEditor />, { open });
    await user.click(screen.getByRole("button", { name: /Titel wijzigen/ }));
    await user.keyboard("Iets anders{Escape}");
    expect(store.getState().analysis.title).toBe("Wachtlijsten");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /Titel wijzigen/ })).toHaveFocus(),
    );
    await user.click(screen.getByRole("button", { name: /Titel wijzigen/ }));
    await user.clear(screen.getByRole("textbox"));
    await user.tab();
    expect(store.getState().analysis.title).toBe("Wachtlijsten");
  });
});

describe("SnapshotButton", () => {
  it("stores the open analysis under the chosen name", async () => {
    const { db, store, user } = await renderWithSession(<SnapshotButton />, {
      open,
      analyses: [open],
    });
    store.getState().change((a) => ({ ...a, title: "Bijgewerkt" }));
    await user.click(screen.getByRole("button", { name: "Versie bewaren" }));
    const name = screen.getByRole("textbox", { name: "Naam van de versie" });
    expect(name).toHaveFocus();
    expect((name as HTMLInputElement).value).toMatch(/^Versie van /);
    await user.clear(name);
    await user.keyboard("Na de workshop{Enter}");
    await screen.findByText("Versie Na de workshop bewaard.");
    const [snapshot] = await listSnapshots(db, "a1");
    expect(snapshot?.name).toBe("Na de workshop");
    const stored = await db.snapshots.get(snapshot?.id ?? "");
    expect(stored?.analysis).toMatchObject({ id: "a1", title: "Bijgewerkt" });
  });
});

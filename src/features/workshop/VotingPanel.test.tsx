import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { cluster, factor, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { countingIds } from "../../domain/analysis/ids";
import { WithWorkshopCommands } from "./testHarness";
import { VotingPanel } from "./VotingPanel";

function setup() {
  const view = renderWithStore(
    <WithWorkshopCommands>{(c) => <VotingPanel commands={c} />}</WithWorkshopCommands>,
    { ids: countingIds() },
  );
  view.store
    .getState()
    .openAnalysis(
      makeAnalysis([
        cluster("k", "cause", "Signalen"),
        quoteCard("q", "q1", { clusterId: "k" }),
        factor("a", "cause", "Meldpunt"),
      ]),
    );
  return view;
}

describe("VotingPanel", () => {
  it("starts a round with the chosen dots and participants, and lists only clusters and factors", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    const name = await screen.findByLabelText("Naam van de ronde");
    expect(name).toHaveFocus();
    await user.type(name, "Prioriteiten");
    await user.clear(screen.getByLabelText("Stippen per deelnemer"));
    await user.type(screen.getByLabelText("Stippen per deelnemer"), "1");
    await user.clear(screen.getByLabelText("Aantal deelnemers"));
    await user.type(screen.getByLabelText("Aantal deelnemers"), "2");
    await user.click(screen.getByRole("button", { name: "Stemronde starten" }));

    expect(store.getState().analysis.votingRounds).toMatchObject([
      { name: "Prioriteiten", dotsPerParticipant: 1, participants: 2, closedAt: null },
    ]);
    expect(screen.getByRole("heading", { name: "Open ronde: Prioriteiten" })).toBeVisible();
    const candidates = screen.getAllByTestId("voting-candidate");
    expect(
      candidates.map((c) => within(c).getByText(/./, { selector: ".voting-name" }).textContent),
    ).toEqual(["Signalen", "Meldpunt"]);
    // After starting, focus is on the first dot button rather than lost.
    expect(screen.getByRole("button", { name: "Stip voor Signalen" })).toHaveFocus();
  });

  it("counts dots up to the budget, ranks them and clears them without touching the tree", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await user.click(await screen.findByRole("button", { name: "Stemronde starten" }));
    // Defaults: 3 dots × 10 participants.
    expect(screen.getByTestId("voting-given")).toHaveTextContent("0 van 30 stippen gegeven");
    await user.click(screen.getByRole("button", { name: "Stip voor Meldpunt" }));
    await user.click(screen.getByRole("button", { name: "Stip voor Meldpunt" }));
    await user.click(screen.getByRole("button", { name: "Stip voor Signalen" }));
    await user.click(screen.getByRole("button", { name: "Stip terug van Signalen" }));
    expect(screen.getByTestId("voting-given")).toHaveTextContent("2 van 30 stippen gegeven");
    expect(within(screen.getByTestId("voting-ranking")).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByTestId("voting-ranking")).toHaveTextContent("Meldpunt2 stippen");

    const nodes = store.getState().analysis.nodes;
    await user.click(screen.getByRole("button", { name: "Ronde sluiten" }));
    expect(screen.getByRole("button", { name: "Stemronde starten" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Stemmen wissen" }));
    expect(store.getState().analysis.votingRounds[0]?.votes).toEqual({});
    expect(store.getState().analysis.nodes).toBe(nodes);
    expect(screen.getByRole("status")).toHaveTextContent("Stemmen van Ronde 1 gewist");
  });

  it("keeps earlier rounds with their dates and shows the one chosen", async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await user.click(await screen.findByRole("button", { name: "Stemronde starten" }));
    await user.click(screen.getByRole("button", { name: "Ronde sluiten" }));
    await user.click(screen.getByRole("button", { name: "Stemronde starten" }));
    const rounds = screen
      .getAllByRole("listitem")
      .filter((li) => /Ronde \d/.test(li.textContent ?? ""));
    expect(rounds.map((r) => r.querySelector("strong")?.textContent)).toEqual([
      "Ronde 2",
      "Ronde 1",
    ]);
    expect(rounds[1]).toHaveTextContent(/gestart .* · gesloten/);
    await user.click(
      within(rounds[1] as HTMLElement).getByRole("button", { name: "Op canvas tonen" }),
    );
    expect(store.getState().shownRoundId).toBe(store.getState().analysis.votingRounds[0]?.id);
    expect(
      within(rounds[1] as HTMLElement).getByRole("button", { name: "Op canvas" }),
    ).toHaveAttribute("aria-pressed", "true");
  });
});

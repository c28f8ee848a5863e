import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { SuggestClustersDialog } from "./SuggestClusters";

// Three themes no one would mix up, three quotes each; the engine runs on the page (jsdom).
const TEXTS = [
  "Slachtoffers durven geen aangifte te doen bij de politie.",
  "Aangifte doen bij de politie is voor slachtoffers een grote stap.",
  "De politie neemt de aangifte van slachtoffers niet altijd serieus.",
  "Op scholen krijgen leerlingen te weinig voorlichting over loverboys.",
  "Voorlichting op scholen moet eerder beginnen voor leerlingen.",
  "Leerlingen op scholen herkennen de signalen na voorlichting beter.",
  "De opvang van minderjarige slachtoffers heeft te weinig bedden.",
  "Er zijn te weinig bedden in de opvang voor jonge meisjes.",
  "Beschermde opvang met genoeg bedden ontbreekt in veel regio's.",
];
const quotes = TEXTS.map((text, i) => makeQuote({ id: `q${i}`, text, chapter: 2, section: "2.1" }));
const themeOf = (id: string) => Math.floor(Number(id.slice(1)) / 3);

beforeAll(() => {
  // jsdom has no modal dialogs: opening one only sets `open`, which is all these tests need.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
});

function proposalsShown() {
  return [...document.querySelectorAll(".suggest-proposal")].map((li) =>
    [...li.querySelectorAll(".suggest-members [data-quote-id]")]
      .map((el) => el.getAttribute("data-quote-id") as string)
      .sort(),
  );
}

async function propose(count: number) {
  const user = userEvent.setup();
  const onPlace = vi.fn();
  renderWithStore(<SuggestClustersDialog onClose={() => {}} onPlace={onPlace} />, { quotes });
  await user.click(screen.getByRole("radio", { name: /Alle niet-geplaatste citaten/ }));
  // The field never empties (at least 1): set the number at once.
  fireEvent.change(screen.getByLabelText("Ongeveer zoveel clusters"), {
    target: { value: String(count) },
  });
  await user.click(screen.getByRole("button", { name: "Voorstellen maken" }));
  // The engine is loaded on first use: allow for a slow machine.
  await screen.findByRole("list", { name: "Voorgestelde clusters" }, { timeout: 20_000 });
  return { user, onPlace };
}

describe("the proposals' split and merge", () => {
  it("splits a proposal along its themes, by keyboard", async () => {
    const { user } = await propose(2);
    // Two clusters of three themes: one proposal mixes two of them.
    const index = proposalsShown().findIndex((members) => new Set(members.map(themeOf)).size > 1);
    expect(index).toBeGreaterThanOrEqual(0);
    const item = document.querySelectorAll(".suggest-proposal")[index] as HTMLElement;
    within(item).getByRole("button", { name: "Splitsen" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(proposalsShown()).toHaveLength(3), { timeout: 10_000 });
    for (const members of proposalsShown()) expect(new Set(members.map(themeOf)).size).toBe(1);
    expect(screen.getByText(/Voorstel gesplitst in 2 voorstellen/)).toBeInTheDocument();
  });

  it("merges two proposals into one that keeps the first's name and lands as one cluster", async () => {
    const { user, onPlace } = await propose(3);
    expect(proposalsShown()).toHaveLength(3);
    const first = document.querySelectorAll(".suggest-proposal")[0] as HTMLElement;
    const name = (within(first).getByRole("textbox") as HTMLInputElement).value;
    const before = proposalsShown();
    await user.selectOptions(within(first).getByRole("combobox", { name: "Samenvoegen met" }), [
      within(first).getAllByRole("option")[1] as HTMLOptionElement,
    ]);
    await user.click(within(first).getByRole("button", { name: "Samenvoegen" }));
    await waitFor(() => expect(proposalsShown()).toHaveLength(2), { timeout: 10_000 });
    expect(proposalsShown()[0]).toEqual([...(before[0] ?? []), ...(before[1] ?? [])].sort());
    await user.click(within(first).getByRole("button", { name: "Overnemen" }));
    await user.click(screen.getByRole("button", { name: "Zet 1 cluster op het canvas" }));
    expect(onPlace).toHaveBeenCalledTimes(1);
    const [accepted] = onPlace.mock.calls[0] as [{ label: string; quotes: { id: string }[] }[]];
    expect(accepted.map((c) => c.label)).toEqual([name]);
    expect(accepted[0]?.quotes).toHaveLength(6);
  });
});

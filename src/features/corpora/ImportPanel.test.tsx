import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import type { CorporaService } from "./corporaService";
import { ImportPanel } from "./ImportPanel";

function fakeService(): CorporaService & { store: ReturnType<typeof vi.fn> } {
  return {
    db: {} as CorporaService["db"],
    idFor: (name: string) => `user-${name}`,
    store: vi.fn(async (parsed, name) => ({
      id: "user-x",
      name,
      kind: "user" as const,
      contentHash: "h",
      parserVersion: 1,
      quoteCount: parsed.quotes.length,
      importedAt: 0,
    })),
    use: vi.fn(),
    rename: vi.fn(),
    usage: vi.fn(),
    remove: vi.fn(),
    exportJson: vi.fn(),
    correct: vi.fn(),
    undo: vi.fn(),
    settled: vi.fn(),
  };
}

function choose(file: File) {
  fireEvent.change(screen.getByLabelText(/Kies een bestand/), { target: { files: [file] } });
}

describe("ImportPanel", () => {
  it("previews a text file and stores it only after Opslaan, under the name given", async () => {
    const service = fakeService();
    renderWithStore(<ImportPanel service={service} />);
    choose(new File(["## 1.1 Thema\n\nEen citaat.\n\nNog een."], "notities.md"));
    expect(await screen.findByTestId("import-summary")).toHaveTextContent(
      "2 citaten in 1 thema en 1 hoofdstuk",
    );
    expect(service.store).not.toHaveBeenCalled();
    const name = screen.getByLabelText("Naam van het corpus");
    await userEvent.clear(name);
    await userEvent.type(name, "Mijn notities");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(service.store).toHaveBeenCalledTimes(1));
    expect(service.store.mock.calls[0]?.[1]).toBe("Mijn notities");
    expect(await screen.findByTestId("import-message")).toHaveTextContent(
      "Mijn notities is opgeslagen met 2 citaten.",
    );
  });

  it("names a file in another encoding and stores nothing", async () => {
    const service = fakeService();
    renderWithStore(<ImportPanel service={service} />);
    choose(new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], "oud.txt"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "‘oud.txt’ is geen UTF-8-tekst (tekens die geen UTF-8 zijn, regel 1)",
    );
    expect(service.store).not.toHaveBeenCalled();
  });
});

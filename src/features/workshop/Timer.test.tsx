import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/helpers/renderWithStore";
import { formatClock, TimerClock, TimerControls } from "./Timer";
import { WithWorkshopCommands } from "./testHarness";

describe("timer", () => {
  it("writes minutes and seconds, rounding up a started second", () => {
    expect(formatClock(300_000)).toBe("5:00");
    expect(formatClock(61_001)).toBe("1:02");
    expect(formatClock(0)).toBe("0:00");
  });

  it("takes the minutes typed, starts and pauses", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <WithWorkshopCommands>{(c) => <TimerControls commands={c} />}</WithWorkshopCommands>,
    );
    // Minutes, reset and sound sit in the timer's menu; start/pause and the clock in the bar.
    const settings = screen.getByRole("button", { name: "Timerinstellingen" });
    await user.click(settings);
    const minutes = screen.getByLabelText("Minuten voor de timer");
    await user.clear(minutes);
    await user.type(minutes, "12");
    expect(screen.getByTestId("timer-clock")).toHaveTextContent("12:00");
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(store.getState().timer).toMatchObject({ kind: "running", durationMs: 720_000 });
    await user.click(settings);
    expect(screen.getByLabelText("Minuten voor de timer")).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Pauze" }));
    expect(store.getState().timer.kind).toBe("paused");
    await user.click(settings);
    await user.click(screen.getByRole("button", { name: "Opnieuw" }));
    expect(store.getState().timer).toEqual({ kind: "idle", durationMs: 720_000 });
  });

  it("says when the time is up", () => {
    const { store } = renderWithStore(<TimerClock />);
    store.getState().setTimer({ kind: "running", durationMs: 60_000, endsAt: Date.now() - 1 });
    return screen.findByText("De tijd is om").then((done) => {
      expect(done).toHaveAttribute("role", "status");
      expect(screen.getByTestId("timer-clock")).toHaveTextContent("0:00");
    });
  });

  it("chimes once when the time is up, unless the sound is switched off", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const chime = vi.fn();
      const { store } = renderWithStore(
        <WithWorkshopCommands>
          {(c) => <TimerControls commands={c} chime={chime} />}
        </WithWorkshopCommands>,
      );
      act(() =>
        store
          .getState()
          .setTimer({ kind: "running", durationMs: 60_000, endsAt: Date.now() + 60_000 }),
      );
      await act(() => vi.advanceTimersByTimeAsync(59_000));
      expect(chime).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(2_000));
      expect(chime).toHaveBeenCalledTimes(1);

      // The sound switch sits in the timer's menu.
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(screen.getByRole("button", { name: "Timerinstellingen" }));
      await user.click(screen.getByRole("button", { name: "Geluid als de tijd om is" }));
      act(() =>
        store
          .getState()
          .setTimer({ kind: "running", durationMs: 60_000, endsAt: Date.now() + 60_000 }),
      );
      await act(() => vi.advanceTimersByTimeAsync(61_000));
      expect(chime).toHaveBeenCalledTimes(1);
      await user.click(screen.getByRole("button", { name: "Timerinstellingen" }));
      expect(screen.getByRole("button", { name: "Geluid als de tijd om is" })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

import { useEffect, useId, useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../state/StoreProvider";
import { wholeNumber } from "./wholeNumber";
import { remainingMs, type WorkshopCommands } from "./workshopCommands";

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** The time left, ticking while the timer runs; "time is up" is announced once. */
export function TimerClock() {
  const t = useT();
  const timer = useAppStore((s) => s.timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.kind !== "running") return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer]);
  const left = remainingMs(timer, now);
  const done = timer.kind === "running" && left === 0;
  return (
    <span className={`timer-clock${done ? " done" : ""}`} data-testid="timer-clock">
      <span className="visually-hidden">{t("timer.label")}: </span>
      <span>{formatClock(left)}</span>
      <span className={done ? "timer-done" : "visually-hidden"} role="status">
        {done ? t("timer.done") : ""}
      </span>
    </span>
  );
}

/** Minutes, start/pause and reset for a time-boxed round, with the clock. */
export function TimerControls({ commands }: { commands: WorkshopCommands }) {
  const t = useT();
  const minutesId = useId();
  const timer = useAppStore((s) => s.timer);
  const running = timer.kind === "running";
  const minutes = Math.round(timer.durationMs / 60_000);
  // The field as typed; the timer takes it over when it reads as a number of minutes.
  const [draft, setDraft] = useState(String(minutes));
  useEffect(() => setDraft(String(minutes)), [minutes]);
  return (
    <span className="timer-controls">
      <label htmlFor={minutesId} className="visually-hidden">
        {t("timer.minutes")}
      </label>
      <input
        id={minutesId}
        type="number"
        min={1}
        max={120}
        value={draft}
        disabled={timer.kind !== "idle"}
        onChange={(event) => {
          setDraft(event.target.value);
          const typed = wholeNumber(event.target.value, 1, 120, 0);
          if (typed > 0) commands.resetTimer(typed * 60_000);
        }}
        onBlur={() => setDraft(String(minutes))}
      />
      <span aria-hidden="true">min</span>
      <TimerClock />
      <button type="button" onClick={commands.toggleTimer} title="T">
        {running ? t("timer.pause") : t("timer.start")}
      </button>
      <button
        type="button"
        onClick={() => commands.resetTimer()}
        disabled={timer.kind === "idle"}
        aria-label={t("timer.reset")}
        title={t("timer.reset")}
      >
        ↺
      </button>
    </span>
  );
}

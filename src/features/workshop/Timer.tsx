import { Bell, BellOff, Pause, Play, RotateCcw, Timer as TimerIcon } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { IconButton } from "../../ui/IconButton";
import { Menu, MenuItem } from "../../ui/Menu";
import { playChime } from "./chime";
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

/**
 * Minutes, start/pause and reset for a time-boxed round, with the clock; a chime when the
 * time is up, unless switched off. Only the facilitator's window chimes, not the projector.
 */
export function TimerControls({
  commands,
  chime = playChime,
}: {
  commands: WorkshopCommands;
  chime?: () => void;
}) {
  const t = useT();
  const minutesId = useId();
  const timer = useAppStore((s) => s.timer);
  const running = timer.kind === "running";
  const [sound, setSound] = useState(true);
  useEffect(() => {
    if (timer.kind !== "running" || !sound) return;
    const left = remainingMs(timer, Date.now());
    if (left === 0) return;
    const end = setTimeout(chime, left);
    return () => clearTimeout(end);
  }, [timer, sound, chime]);
  const minutes = Math.round(timer.durationMs / 60_000);
  // The field as typed; the timer takes it over when it reads as a number of minutes.
  const [draft, setDraft] = useState(String(minutes));
  useEffect(() => setDraft(String(minutes)), [minutes]);
  return (
    <span className="timer-controls">
      <TimerClock />
      <IconButton
        icon={running ? Pause : Play}
        label={running ? t("timer.pause") : t("timer.start")}
        shortcut="T"
        onClick={commands.toggleTimer}
      />
      <Menu label={t("timer.settings")} icon={TimerIcon}>
        <label htmlFor={minutesId} className="menu-field">
          <span>{t("timer.minutes")}</span>
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
        </label>
        <MenuItem
          icon={RotateCcw}
          label={t("timer.reset")}
          disabled={timer.kind === "idle"}
          onSelect={() => commands.resetTimer()}
        />
        <MenuItem
          icon={sound ? Bell : BellOff}
          label={t("timer.sound")}
          checked={sound}
          onSelect={() => setSound((on) => !on)}
        />
      </Menu>
    </span>
  );
}

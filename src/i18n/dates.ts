import { type Language, localeOf } from "./messages";

/**
 * Every date the app shows goes through here: one Intl.DateTimeFormat per language and style
 * (built once, they are costly), and recent moments said relatively ("2 min geleden").
 */
export type DateStyle = "dateTime" | "date" | "longDate" | "time";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "medium" },
  longDate: { dateStyle: "long" },
  time: { hour: "2-digit", minute: "2-digit" },
};

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(language: Language, at: number | Date, style: DateStyle = "dateTime") {
  const key = `${language}|${style}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), OPTIONS[style]);
    formats.set(key, formatter);
  }
  return formatter.format(at);
}

const relatives = new Map<Language, Intl.RelativeTimeFormat>();
const MINUTE = 60_000;

/**
 * A moment as people say it: "zojuist" / "just now" within a minute, "5 min. geleden" within
 * the hour, the time today, else the date and time.
 */
export function formatRecent(language: Language, at: number, now: number = Date.now()): string {
  const ago = now - at;
  let relative = relatives.get(language);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(localeOf(language), { numeric: "auto", style: "short" });
    relatives.set(language, relative);
  }
  if (ago >= 0 && ago < MINUTE) return relative.format(0, "second");
  if (ago >= 0 && ago < 60 * MINUTE) return relative.format(-Math.floor(ago / MINUTE), "minute");
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return formatDate(language, at, sameDay ? "time" : "dateTime");
}

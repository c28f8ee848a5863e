import { describe, expect, it } from "vitest";
import { formatDate, formatRecent } from "./dates";

const at = new Date(2026, 11, 5, 14, 30).getTime();
const MINUTE = 60_000;

describe("dates", () => {
  it("says a recent save relatively, then by time today, then by date", () => {
    expect(formatRecent("nl", at, at + 10_000)).toBe("nu");
    expect(formatRecent("en", at, at + 10_000)).toBe("now");
    expect(formatRecent("nl", at, at + 5 * MINUTE)).toBe("5 min. geleden");
    expect(formatRecent("en", at, at + 5 * MINUTE)).toBe("5 min ago");
    expect(formatRecent("nl", at, at + 3 * 60 * MINUTE)).toBe("14:30");
    expect(formatRecent("nl", at, at + 48 * 60 * MINUTE)).toBe("5 dec 2026, 14:30");
  });

  it("writes dates one way per language", () => {
    expect(formatDate("nl", at, "longDate")).toBe("5 december 2026");
    expect(formatDate("en", at, "longDate")).toBe("5 December 2026");
    expect(formatDate("en", at)).toBe("5 Dec 2026, 14:30");
  });
});

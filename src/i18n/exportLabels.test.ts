import { describe, expect, it } from "vitest";
import { exportLabels } from "./exportLabels";

const place = {
  text: "Er is meer digitaal bewijs.",
  chapter: 1,
  chapterTitle: "Trends en ontwikkelingen",
  source: "002.txt",
};

describe("export references to a quote's place", () => {
  it("name a theme whose title the source does not print by its number, in both languages", () => {
    const untitled = { ...place, section: "1.1", sectionTitle: null, page: 11 };
    expect(exportLabels("nl").reference(untitled)).toBe("Thema 1.1, p. 11");
    expect(exportLabels("en").reference(untitled)).toBe("Theme 1.1, p. 11");
  });

  it("give a titled theme its number and title", () => {
    const titled = { ...place, section: "2.11", sectionTitle: "Beperkte mogelijkheid", page: 23 };
    expect(exportLabels("nl").reference(titled)).toBe("2.11 Beperkte mogelijkheid, p. 23");
  });
});

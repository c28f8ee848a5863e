import { describe, expect, it } from "vitest";
import {
  parseChapterTitlePage,
  parseTableOfContents,
  repairTitle,
  sectionAtPageTop,
  tocSectionBefore,
} from "./headings";

describe("repairTitle", () => {
  it("rejoins a consonant split off its word", () => {
    expect(repairTitle("Aangiftebereidheid en k ennis en bewustzijn")).toBe(
      "Aangiftebereidheid en kennis en bewustzijn",
    );
  });
  it("leaves ordinary titles alone", () => {
    expect(repairTitle("Wet- en regelgeving")).toBe("Wet- en regelgeving");
  });
});

describe("table of contents", () => {
  const toc = parseTableOfContents([
    "3  Wat gaat er goed? 38",
    "3.1 Aandacht/betrokkenheid 39",
    "3.2 Aandacht preventie  41",
    "4 Ambities 47",
  ]);
  it("reads chapters, sections and their pages", () => {
    expect(toc.chapters.get(3)).toBe("Wat gaat er goed?");
    expect(toc.sections.get("3.2")).toBe("Aandacht preventie");
    expect(toc.pages.get("3.1")).toBe(39);
  });
  it("gives the last section started before a page", () => {
    expect(tocSectionBefore(toc, 3, 41)).toBe("3.1");
    expect(tocSectionBefore(toc, 3, 39)).toBeNull();
  });
});

describe("parseChapterTitlePage", () => {
  it("joins a wrapped chapter title", () => {
    expect(parseChapterTitlePage(["1  Trends en ", "ontwikkelingen"])).toEqual({
      chapter: 1,
      title: "Trends en ontwikkelingen",
    });
  });
});

describe("sectionAtPageTop", () => {
  const base = {
    previous: "2.6",
    previousIsAdjacent: false,
    firstHeading: null,
    nextHeadingLater: null,
    fromTableOfContents: null,
  };
  it("continues the previous page's section when that page is adjacent", () => {
    expect(sectionAtPageTop({ ...base, previousIsAdjacent: true, firstHeading: "2.9" })).toBe(
      "2.6",
    );
  });
  it("takes the section before the first heading when pages are missing", () => {
    expect(sectionAtPageTop({ ...base, firstHeading: "2.9" })).toBe("2.8");
  });
  it("prefers the table of contents", () => {
    expect(sectionAtPageTop({ ...base, previous: "3.5", fromTableOfContents: "3.9" })).toBe("3.9");
  });
  it("never goes back before the previous page's section", () => {
    expect(sectionAtPageTop({ ...base, previous: "2.8", firstHeading: "2.9" })).toBe("2.8");
  });
});

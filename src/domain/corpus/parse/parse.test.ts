import { describe, expect, it } from "vitest";
import { quoteSchema } from "../quote";
import { parseSeedFiles, type SeedFile } from "./index";

/**
 * Small hand-written seed files in the shape of the real extraction: two columns written
 * line by line, a line holding the left line, the right line or both; trailing spaces on
 * wrapped lines; footers closing each page.
 */
const FOOTER = "bloemlezing - programma samen tegen mensenhandel";

const main = [
  "Samen tegen ",
  "mensenhandel",
  "3  Wat gaat er goed? 38",
  "3.1 Aandacht/betrokkenheid 39",
  `${FOOTER} 3`,
  "Context en ",
  "verantwoording",
  "bloemlezing - samen tegen mensenhandel 5",
  "Het doel van de analysefase is het analyseren van de problematiek.",
  `${FOOTER} 7`,
  "1  Trends en ",
  "ontwikkelingen",
  "bloemlezing - samen tegen mensenhandel 9",
  // Page 11: a heading sharing its line with the right column, hyphenated words.
  "Steeds meer jongeren krijgen kennis over mensenhandel. Er wordt door mensenhandelaren gebruikgemaakt van ",
  "Minder zicht op zorg/opvang voor criminele uitbuiting. kwetsbaarheden van jonge mensen (die vaak ook al in de zorg ",
  "zijn), waardoor uitbuiting snel (online) ontstaat.",
  "Er is steeds minder bereidheid tot het doen van aangifte, ",
  "maar ook het zich laten bestempelen als slachtoffer. Een slach- Groot aantal jonge mensen dat dader of slachtoffer wordt, ",
  "toffer heeft daarmee namelijk alles te verliezen (‘10 euro in verwevenheid beide groepen.",
  "Nederland is meer dan 0 euro in het land van herkomst’).",
  "1.2 Kwetsbare groepen Jongerenwerkers zien in omgeving steeds meer veroor -",
  "delingen, maar het zijn alleen de minderjarigen en ",
  "Steeds jongere slachtoffers. “loopjongens” die worden veroordeeld. ",
  `${FOOTER} 11`,
  // Page 13: a heading wrapped over two lines while the right column runs on.
  "Dublinclaimanten, slachtoffer met weinig opsporingsindicaties. Door privacywetgeving geen uitwisseling tussen organisaties ",
  "die zich met mensenhandel bezig houden, daardoor wordt een ",
  "signaal geen mensenhandel zaak en worden de daders niet ",
  "2.11  Beperkte mogelijkheid gestraft. ",
  "gegevensuitwisseling",
  "Je hebt zorg- en veiligheidspartners nodig maar het middel, Informatiepositie t.a.v. aard en omvang van mensenhandel ",
  "namelijk informatiedeling, wordt belemmerd. Tien regio’s wordt gecompliceerd door AVG wetgeving.",
  "worstelen hiermee en landelijk lijkt de oplossing nog niet te ",
  "komen. ",
  `${FOOTER} 13`,
  // Page 15: a quote and its pull quote in large type at the page end.
  "Gemeente heeft geen zicht op digitale domein (sociale ",
  "media). Ronselplekken, sexting/exposing (dwang), verheer-",
  "lijking van het snelle geld. Oorzaak: gemeente mag niet ",
  "monitoren of opsporen. ",
  "Sociale media preventie/signalering loopt achter. TikTok, ",
  "Telegram en Snapchat; alles wordt enorm snel gedeeld. ",
  "Onvoldoende signalering online.",
  "Sociale media preventie/signalering ",
  "loopt achter. TikTok, Telegram en Snapchat; ",
  "alles wordt enorm snel gedeeld.",
  `${FOOTER} 15`,
  "Bijlage 1. Betrokken organisaties",
  "Rode Kruis",
  "bloemlezing - samen tegen mensenhandel 61",
].join("\n");

// A second file repeating page 15 without its page number, as 000/001/004 do.
const repeat = [...main.split("\n").slice(34, 44), FOOTER].join("\n");

const files: SeedFile[] = [
  { name: "000_repeat.txt", text: repeat },
  { name: "002_main.txt", text: main },
];

const texts = (page: number) =>
  parseSeedFiles(files)
    .filter((q) => q.page === page)
    .map((q) => q.text);

describe("parseSeedFiles", () => {
  it("separates the columns and restores reading order, left then right", () => {
    const page = texts(11);
    expect(page).toContain("Steeds meer jongeren krijgen kennis over mensenhandel.");
    expect(page).toContain(
      "Er wordt door mensenhandelaren gebruikgemaakt van kwetsbaarheden van jonge mensen (die vaak ook al in de zorg zijn), waardoor uitbuiting snel (online) ontstaat.",
    );
    expect(page).toContain(
      "Er is steeds minder bereidheid tot het doen van aangifte, maar ook het zich laten bestempelen als slachtoffer. Een slachtoffer heeft daarmee namelijk alles te verliezen (‘10 euro in Nederland is meer dan 0 euro in het land van herkomst’).",
    );
    expect(page).toContain(
      "Groot aantal jonge mensen dat dader of slachtoffer wordt, verwevenheid beide groepen.",
    );
    expect(page.indexOf("Minder zicht op zorg/opvang voor criminele uitbuiting.")).toBeLessThan(
      page.indexOf(
        "Groot aantal jonge mensen dat dader of slachtoffer wordt, verwevenheid beide groepen.",
      ),
    );
  });

  it("reads a heading that shares its line with the other column", () => {
    const quotes = parseSeedFiles(files).filter((q) => q.page === 11);
    const right = quotes.find((q) => q.text.startsWith("Jongerenwerkers"));
    expect(right?.text).toBe(
      "Jongerenwerkers zien in omgeving steeds meer veroordelingen, maar het zijn alleen de minderjarigen en “loopjongens” die worden veroordeeld.",
    );
    expect(right?.section).toBe("1.2");
    expect(right?.sectionTitle).toBe("Kwetsbare groepen");
    expect(quotes.find((q) => q.text === "Steeds jongere slachtoffers.")?.section).toBe("1.2");
    // Before the first heading of a page whose previous page is missing: the section before it, title unknown.
    const first = quotes.find((q) => q.text.startsWith("Steeds meer jongeren"));
    expect(first?.section).toBe("1.1");
    expect(first?.sectionTitle).toBeNull();
    expect(first?.chapterTitle).toBe("Trends en ontwikkelingen");
  });

  it("reads a heading wrapped over two lines beside the other column", () => {
    const quotes = parseSeedFiles(files).filter((q) => q.page === 13);
    const right = quotes.find((q) => q.text.startsWith("Door privacywetgeving"));
    expect(right?.text).toBe(
      "Door privacywetgeving geen uitwisseling tussen organisaties die zich met mensenhandel bezig houden, daardoor wordt een signaal geen mensenhandel zaak en worden de daders niet gestraft.",
    );
    const after = quotes.find((q) => q.text.startsWith("Je hebt zorg- en veiligheidspartners"));
    expect(after?.text).toBe(
      "Je hebt zorg- en veiligheidspartners nodig maar het middel, namelijk informatiedeling, wordt belemmerd. Tien regio’s worstelen hiermee en landelijk lijkt de oplossing nog niet te komen.",
    );
    expect(after?.section).toBe("2.11");
    expect(after?.sectionTitle).toBe("Beperkte mogelijkheid gegevensuitwisseling");
    expect(after?.chapter).toBe(2);
  });

  it("flags a pull quote on the quote it repeats and does not output it twice", () => {
    const quotes = parseSeedFiles(files).filter((q) => q.page === 15);
    const social = quotes.filter((q) => q.text.startsWith("Sociale media preventie/signalering"));
    expect(social).toHaveLength(1);
    expect(social[0]?.text).toBe(
      "Sociale media preventie/signalering loopt achter. TikTok, Telegram en Snapchat; alles wordt enorm snel gedeeld.",
    );
    expect(social[0]?.pullQuote).toBe(true);
    expect(quotes.find((q) => q.text === "Onvoldoende signalering online.")?.pullQuote).toBe(false);
    expect(quotes.find((q) => q.text.startsWith("Gemeente heeft geen zicht"))?.text).toBe(
      "Gemeente heeft geen zicht op digitale domein (sociale media). Ronselplekken, sexting/exposing (dwang), verheerlijking van het snelle geld. Oorzaak: gemeente mag niet monitoren of opsporen.",
    );
  });

  it("keeps a repeated page once, from the numbered file", () => {
    const quotes = parseSeedFiles(files).filter(
      (q) => q.text === "Onvoldoende signalering online.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.source).toBe("002_main.txt");
    expect(quotes[0]?.page).toBe(15);
  });

  it("leaves out footers, the table of contents, prose pages and the appendix", () => {
    const all = parseSeedFiles(files).map((q) => q.text);
    for (const text of all) {
      expect(text).not.toMatch(/bloemlezing - /);
      expect(text).not.toMatch(
        /Aandacht\/betrokkenheid 39|analysefase|Rode Kruis|Bijlage|Samen tegen/,
      );
    }
  });

  it("gives stable, unique ids and valid quotes", () => {
    const a = parseSeedFiles(files);
    const b = parseSeedFiles(files);
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    for (const q of a) expect(quoteSchema.safeParse(q).success).toBe(true);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignColumns, readColumns, type TopicEvidence } from "./columns";
import { parseSeedFiles } from "./index";
import { learnLanguage } from "./language";
import { DEFAULT_LAYOUT, LEFT, lineOptions, RIGHT } from "./lineOptions";
import { toTextLine } from "./lines";
import { splitPages } from "./pages";
import { pageBlocks } from "./segment";
import { learnTopics } from "./topics";

/**
 * One test per boundary rule, each on the smallest excerpt of the seed text that shows it.
 * The language model is learned from the whole seed corpus, as the parser does.
 */
const root = join(import.meta.dirname, "..", "..", "..", "..");
const files = readdirSync(join(root, "seeds"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, "seeds", name), "utf8") }));
const language = learnLanguage(
  splitPages(files)
    .filter((p) => p.kind === "quotes")
    .flatMap((p) => p.lines),
);

function quotesOf(excerpt: readonly string[]): string[] {
  const lines = excerpt.map((l, i) => toTextLine(l, i));
  return pageBlocks(lines, assignColumns(lines, language)).flatMap((b) =>
    b.kind === "quote" ? [b.text] : [],
  );
}

describe("boundary rules", () => {
  it("a line ending in a colon goes on: its quote does not end there (page 23)", () => {
    const quotes = quotesOf([
      "Verslechtering bedenktijd en B8 voor grote groep: ",
      "Dublinclaimanten, slachtoffer met weinig opsporingsindicaties. Door privacywetgeving geen uitwisseling tussen organisaties ",
      "die zich met mensenhandel bezig houden, daardoor wordt een ",
      "signaal geen mensenhandel zaak en worden de daders niet ",
      "gestraft. ",
    ]);
    expect(quotes).toContain(
      "Verslechtering bedenktijd en B8 voor grote groep: Dublinclaimanten, slachtoffer met weinig opsporingsindicaties.",
    );
  });

  it("bullet items stay in the column of the label that introduces them (page 37)", () => {
    const quotes = quotesOf([
      "Sociale media: ",
      "• Scholen zijn onbekend met het probleem. ",
      "• Ouders hebben minder tijd voor hun kinderen, de oorzaak ",
      "hiervan is armoede. Ouders hebben drie banen, ook in de ",
      "avond. ",
      "• Rolmodellen, influencers hebben een verkeerde, negatieve ",
      "rol en invloed op jongeren.",
    ]);
    expect(quotes).toEqual([
      "Sociale media:\n• Scholen zijn onbekend met het probleem.\n• Ouders hebben minder tijd voor hun kinderen, de oorzaak hiervan is armoede. Ouders hebben drie banen, ook in de avond.\n• Rolmodellen, influencers hebben een verkeerde, negatieve rol en invloed op jongeren.",
    ]);
  });

  it("a word pair the corpus uses binds a line to the one before, even before a capital (page 15)", () => {
    expect(language.adjacency("en", "politie")).toBeGreaterThan(0);
    const quotes = quotesOf([
      "gekomen omdat adverteerders weten dat wij samenwerken met ",
      "openbaar ministerie en Politie.",
    ]);
    expect(quotes).toEqual([
      "gekomen omdat adverteerders weten dat wij samenwerken met openbaar ministerie en Politie.",
    ]);
  });

  it("a line is not cut inside a word pair the corpus uses (page 39)", () => {
    expect(language.adjacency("voor", "alle")).toBeGreaterThan(0);
    const line = toTextLine("Veel scholen die aan preventie doen voor alle slachtoffers.", 0);
    const cuts = lineOptions(line, DEFAULT_LAYOUT, language).filter((o) => o.parts.length === 2);
    const cost = (word: string) =>
      cuts.find((o) => line.tokens[o.parts[1]?.from ?? 0] === word)?.baseCost ?? Number.NaN;
    // Cutting "voor | alle" costs more than cutting "doen | voor".
    expect(cost("alle")).toBeGreaterThan(cost("voor"));
  });

  it("a hyphen set apart from its word still breaks that word: 'wette -' ends in 'wette-' (page 23)", () => {
    const line = toTextLine("integraal mensenhandel aanpakken. Onder meer een wette -", 0);
    const whole = lineOptions(line, DEFAULT_LAYOUT, language).find(
      (o) => o.parts.length === 1 && o.parts[0]?.stream === LEFT,
    );
    expect(whole?.parts[0]).toMatchObject({ lastWord: "wette-", endsHyphen: true });
  });

  it("a broken word rejoins into a word the corpus prints only at a line start: 'wette -' + 'lijke' (page 23)", () => {
    // "Wettelijke" occurs once whole, capitalised at the start of a line.
    expect(language.words.has("wettelijke")).toBe(true);
    const quotes = quotesOf([
      "te delen tussen partners. Alleen op die manier kan je ",
      "integraal mensenhandel aanpakken. Onder meer een wette -",
      "Lastige informatiedeling tussen verschillende partijen  lijke grondslag voor gegevensverwerking sekswerkers is ",
      "(o.a. door AVG). noodzakelijk. ",
    ]);
    expect(quotes).toContain(
      "Lastige informatiedeling tussen verschillende partijen (o.a. door AVG).",
    );
    expect(quotes).toContain(
      "te delen tussen partners. Alleen op die manier kan je integraal mensenhandel aanpakken. Onder meer een wettelijke grondslag voor gegevensverwerking sekswerkers is noodzakelijk.",
    );
  });

  it("a heading beside the other column holds its whole title from the table of contents (page 51)", () => {
    const titles = new Map([["4.5", "Mensenhandel meer prioriteit geven"]]);
    const line = toTextLine(
      "4.5 Mensenhandel meer prioriteit geven ieders positie, ongeacht vrijwilligheid in prostitutie.",
      0,
    );
    const cutBefore = (word: string, known: ReadonlyMap<string, string>) =>
      lineOptions(line, DEFAULT_LAYOUT, language, known).find(
        (o) => o.parts.length === 2 && line.tokens[o.parts[1]?.from ?? 0] === word,
      )?.baseCost ?? Number.NaN;
    // Without the title both cuts read alike; with it, "geven" belongs to the heading.
    expect(cutBefore("geven", new Map())).toBeCloseTo(cutBefore("ieders", new Map()), 1);
    expect(cutBefore("geven", titles)).toBeGreaterThan(cutBefore("ieders", titles) + 1);
    const lines = [
      "Inzetten op arbeidsrechten en legaal kunnen werken sterkt ",
      "4.5 Mensenhandel meer prioriteit geven ieders positie, ongeacht vrijwilligheid in prostitutie.",
    ].map((l, i) => toTextLine(l, i));
    const blocks = pageBlocks(lines, assignColumns(lines, language, DEFAULT_LAYOUT, titles));
    expect(blocks).toContainEqual({
      kind: "heading",
      number: "4.5",
      title: "Mensenhandel meer prioriteit geven",
    });
    expect(blocks.flatMap((b) => (b.kind === "quote" ? [b.text] : []))).toEqual([
      "Inzetten op arbeidsrechten en legaal kunnen werken sterkt ieders positie, ongeacht vrijwilligheid in prostitutie.",
    ]);
  });

  it("a wrapped heading at a line end may hold only the start of its title (page 23)", () => {
    const titles = new Map([["2.11", "Beperkte mogelijkheid gegevensuitwisseling"]]);
    const line = toTextLine("2.11  Beperkte mogelijkheid", 0);
    const whole = lineOptions(line, DEFAULT_LAYOUT, language, titles).find(
      (o) => o.parts.length === 1 && o.parts[0]?.stream === LEFT,
    );
    const without = lineOptions(line, DEFAULT_LAYOUT, language).find(
      (o) => o.parts.length === 1 && o.parts[0]?.stream === LEFT,
    );
    expect(whole?.baseCost).toBe(without?.baseCost);
  });

  it("words that read as running text across a line end bind the lines: 'betrokken' / 'bij' (page 55)", () => {
    expect(language.adjacency("betrokken", "bij")).toBeGreaterThan(2);
    const quotes = quotesOf([
      "Controles uitvoeren moet met meer oog voor de persoon: nu ",
      "De gezamenlijke informatiepositie van actoren betrokken vaak traumatiserend, hoe goed bedoeld het ook is opgezet.",
      "bij de aanpak van mensenhandel is substantieel verbeterd. ",
    ]);
    expect(quotes).toEqual([
      "De gezamenlijke informatiepositie van actoren betrokken bij de aanpak van mensenhandel is substantieel verbeterd.",
      "Controles uitvoeren moet met meer oog voor de persoon: nu vaak traumatiserend, hoe goed bedoeld het ook is opgezet.",
    ]);
  });

  it("a joined line's own cross-column pair is no evidence: 'of te' is cut, 'uit te' binds (page 23)", () => {
    // The corpus saw "of te" only in this joined line, so it counts for nothing there.
    expect(language.adjacency("of", "te", 1)).toBeLessThan(language.adjacency("of", "te"));
    expect(language.adjacency("uit", "te")).toBeGreaterThan(1);
    const quotes = quotesOf([
      "Niet voldoende randvoorwaarden geregeld zorgcoördinator ",
      "wat betreft uitwisselen informatie (geen grondslag om info uit ",
      "De AVG of privacy en de onmogelijkheid om signalen of te wisselen).",
      "andere informatie te delen.",
    ]);
    expect(quotes).toEqual([
      "De AVG of privacy en de onmogelijkheid om signalen of andere informatie te delen.",
      "Niet voldoende randvoorwaarden geregeld zorgcoördinator wat betreft uitwisselen informatie (geen grondslag om info uit te wisselen).",
    ]);
  });

  it("a pair never seen after a frequent word is evidence against it; after a rare word it is none", () => {
    expect(language.adjacency("de", "het")).toBeLessThan(0);
    expect(language.adjacency("zorgcoördinator", "gisteren")).toBe(0);
  });

  it("a pair never seen is no evidence where chance would not have shown it either: 'de' / 'grens' (page 31)", () => {
    // "de" is frequent but "grens" rare: by chance "de grens" would occur less than once.
    expect(language.adjacency("de", "grens")).toBe(0);
    const quotes = quotesOf([
      "Onvoldoende aandacht fraude binnen zorgaanbieders, ",
      "uitbuiting van cliënten en geen uitwisseling tussen gemeenten ",
      "De hulpverlening loopt vaak vast wanneer een slachtoffer de hierover, kunnen elders weer opnieuw starten.",
      "grens van 18-min/18-plus bereikt.",
    ]);
    expect(quotes).toEqual([
      "De hulpverlening loopt vaak vast wanneer een slachtoffer de grens van 18-min/18-plus bereikt.",
      "Onvoldoende aandacht fraude binnen zorgaanbieders, uitbuiting van cliënten en geen uitwisseling tussen gemeenten hierover, kunnen elders weer opnieuw starten.",
    ]);
  });

  it("a word broken by a hyphen ends the way corpus words do: 'accep-' + 'teren', not + 'was' (page 43)", () => {
    // "accepteren" is never printed whole, but consulteren, investeren ... end in "teren".
    expect(language.words.has("accepteren")).toBe(false);
    expect(language.endings.has("teren")).toBe(true);
    expect(language.endings.has("was")).toBe(false);
    const quotes = quotesOf([
      "Veel partijen zijn actief met knelpunten signaleren en ",
      "Het is mogelijk om snel te kunnen schakelen met het huidig proberen richting oplossingen te werken in plaats van te accep-",
      "netwerk, bijv. bijeenkomsten over Oekraïense ontheemden was teren ‘dat het maar zo is’.",
      "snel opgezet.",
    ]);
    expect(quotes).toEqual([
      "Het is mogelijk om snel te kunnen schakelen met het huidig netwerk, bijv. bijeenkomsten over Oekraïense ontheemden was snel opgezet.",
      "Veel partijen zijn actief met knelpunten signaleren en proberen richting oplossingen te werken in plaats van te accepteren ‘dat het maar zo is’.",
    ]);
  });

  it("a line that ends in two spaces was broken by hand: the next word may have fitted on it (page 59)", () => {
    // "t.b.v. de slachtoffers," leaves room for "de", yet the right column goes on with
    // "de rechtspraak": the two trailing spaces mark a break by hand, not by width.
    const excerpt = [
      "Meer succesvolle zaken draaien, t.b.v. de slachtoffers,  ",
      "Professionals in de uitvoeringskant die slachtoffers van de rechtspraak, het uitgangspunt dat misdaad niet mag lonen.",
      "mensenhandel identificeren uiten ook vaak de behoefte iets te ",
      "willen betekenen voor mogelijke slachtoffers. Dit gaat bijvoor-",
      "beeld om baliemedewerkers die informatie zouden willen geven. In België wetgeving aangepast waarbij slecht werkgever-",
    ];
    expect(toTextLine(excerpt[0] ?? "", 0).brokenByHand).toBe(true);
    expect(toTextLine(excerpt[2] ?? "", 2).brokenByHand).toBe(false);
    const quotes = quotesOf(excerpt);
    expect(quotes).toContain(
      "Meer succesvolle zaken draaien, t.b.v. de slachtoffers, de rechtspraak, het uitgangspunt dat misdaad niet mag lonen.",
    );
    expect(quotes).toContain(
      "Professionals in de uitvoeringskant die slachtoffers van mensenhandel identificeren uiten ook vaak de behoefte iets te willen betekenen voor mogelijke slachtoffers. Dit gaat bijvoorbeeld om baliemedewerkers die informatie zouden willen geven.",
    );
  });

  it("after a full stop and two spaces, the line grid decides whether the quote goes on (page 43)", () => {
    // "... wat we gaan doen.  " ends the right column's quote; "drie weken. Een voorbeeld is de
    // pilot mensenhandel." is one left-column line, not "drie weken." + the right column's
    // "Een voorbeeld ...". Ending the quote there costs less than the blank row it leaves.
    const quotes = quotesOf([
      "We zijn steeds meer aan het samenwerken met de  ",
      "Intern in organisaties weet men elkaar goed te vinden in zorgcoördinator mensenhandel, het RIEC, PW en Belle  ",
      "vraagstukken omtrent mensenhandel en ook daarbuiten gaat (de hulpverlening) om na te gaan wie betrokken zijn in een ",
      "dat steeds beter, zoals met de mensenhandel tafel eens in de casus, wat er nodig is en af te stemmen wat we gaan doen.  ",
      "drie weken. Een voorbeeld is de pilot mensenhandel.",
      "Meer dwarsverband in criminaliteit (ook breder dan mensen - De internationale samenwerking die de lijnen van het ",
    ]);
    expect(quotes).toContain(
      "Intern in organisaties weet men elkaar goed te vinden in vraagstukken omtrent mensenhandel en ook daarbuiten gaat dat steeds beter, zoals met de mensenhandel tafel eens in de drie weken. Een voorbeeld is de pilot mensenhandel.",
    );
    expect(quotes).toContain(
      "We zijn steeds meer aan het samenwerken met de zorgcoördinator mensenhandel, het RIEC, PW en Belle (de hulpverlening) om na te gaan wie betrokken zijn in een casus, wat er nodig is en af te stemmen wat we gaan doen.",
    );
  });

  it("a sentence-final line that ends in two spaces ends its paragraph as any other (page 15)", () => {
    const line = toTextLine("Ik zie geen specifieke nieuwe trends of ontwikkelingen.  ", 0);
    const whole = lineOptions(line, DEFAULT_LAYOUT, language).find(
      (o) => o.parts.length === 1 && o.parts[0]?.stream === LEFT,
    );
    expect(whole?.parts[0]).toMatchObject({ endsFullStop: true, brokenByHand: false });
  });

  it("a line that goes on after a full stop starts with a capital: no quote ends in '. en' (page 25)", () => {
    // Page 25: "... na slachtofferschap." ended its quote; reading the right column's "en" as
    // its continuation made "... slachtofferschap. en".
    for (const corrections of [false, true]) {
      const endings = parseSeedFiles(files, { corrections })
        .map((q) => q.text)
        .filter((text) => /\p{L}{2}[.?!] \p{Ll}+[.,]?$/u.test(text));
      expect(endings).toEqual([]);
    }
  });

  it("where the layout cannot tell the columns apart, a lone line goes to the section its words belong to (page 23)", () => {
    // Rows 3-11 of page 23: the left column is in 2.10 until its heading 2.11, the right column
    // is 2.11 throughout. Two lone one-line quotes share rows 4 and 5, one in each column.
    const excerpt = [
      "Zorgcoördinator komt soms klem te zitten omdat deze ",
      "informatie heeft waar met ambtshalve op vervolgd (meldingen Mensen zijn moeilijk te volgen; in diverse systemen en soms ",
      "komen dan op naam zorgcoördinator en deze worden dus eruit; geen dossiervorming.",
      "zichtbaar).",
      "18-/18+ scheiding schaadt slachtoffer/dader aanpak.",
      "(Kennis van) AVG is beperkt en belemmerend.",
      "Verslechtering bedenktijd en B8 voor grote groep: ",
      "Dublinclaimanten, slachtoffer met weinig opsporingsindicaties. Door privacywetgeving geen uitwisseling tussen organisaties ",
      "die zich met mensenhandel bezig houden, daardoor wordt een ",
      "signaal geen mensenhandel zaak en worden de daders niet ",
      "2.11  Beperkte mogelijkheid gestraft. ",
      "gegevensuitwisseling",
    ];
    const topics = learnTopics(
      parseSeedFiles(files, { corrections: false }),
      new Map([["2.11", "Beperkte mogelijkheid gegevensuitwisseling"]]),
    );
    const avg = "(Kennis van) AVG is beperkt en belemmerend.";
    const split = "18-/18+ scheiding schaadt slachtoffer/dader aanpak.";
    // The privacy line is more at home in 2.11 (AVG, privacy) than the youth-care line.
    expect(topics.preference(avg, "2.11", "2.10", 23)).toBeGreaterThan(
      topics.preference(split, "2.11", "2.10", 23),
    );
    const lines = excerpt.map((l, i) => toTextLine(l, i));
    const rightColumnOf = (topic?: TopicEvidence) => {
      const { placed } = readColumns(lines, language, DEFAULT_LAYOUT, undefined, topic);
      return [4, 5].filter((row) => placed.some((p) => p.line === row && p.stream === RIGHT));
    };
    // By layout alone both readings leave one gap row in each column, and it picks row 4.
    expect(rightColumnOf()).toEqual([4]);
    const topic: TopicEvidence = {
      leftTop: "2.10",
      rightTop: "2.11",
      preference: (text, section, other) => topics.preference(text, section, other, 23),
    };
    expect(rightColumnOf(topic)).toEqual([5]);
  });
});

import { CHAPTER_TITLES_SEED, type Quote } from "../../src/domain/corpus/quote";
import { seededRandom } from "../../src/domain/seededRandom";

export { seededRandom };

/**
 * Deterministic, Dutch-sounding quotes in the shape of the seed corpus, for tests and
 * benchmarks that need more quotes than the bloemlezing has (e.g. 20,000 for search).
 */

/** Short words that glue the content words into something that reads like a sentence. */
// biome-ignore format: a word list reads better packed
const FUNCTION_WORDS = [
  "de", "het", "een", "en", "van", "in", "op", "is", "er", "te", "dat", "die", "met", "om",
  "aan", "als", "bij", "ook", "nog", "wel", "we", "ze", "zij", "wat", "dan", "tot", "uit",
  "of", "hun", "dit",
] as const;

/** Content words by frequency in seeds/*.txt (names and broken-off fragments left out). */
// biome-ignore format: a word list reads better packed
export const CONTENT_WORDS = [
  "mensenhandel", "meer", "voor", "zijn", "niet", "slachtoffers", "worden", "veel", "aandacht",
  "signalen", "uitbuiting", "zorg", "wordt", "preventie", "gemeenten", "samen", "steeds",
  "onvoldoende", "slachtoffer", "tegen", "opvang", "geen", "door", "aanpak", "weinig", "maar",
  "programma", "hebben", "vaak", "over", "naar", "criminele", "kennis", "andere", "kunnen",
  "minder", "signalering", "professionals", "samenwerking", "onder", "komen", "alle", "politie",
  "mensen", "binnen", "zich", "doen", "seksuele", "organisaties", "opsporing", "jongeren",
  "daders", "tussen", "elkaar", "bewustwording", "zien", "weten", "verschillende", "probleem",
  "moet", "zorgcoördinator", "problematiek", "herkennen", "groot", "werken", "signaleren",
  "plaats", "moeten", "groepen", "arbeidsuitbuiting", "meldingen", "goed", "gemeente",
  "problemen", "partners", "nederland", "kwetsbare", "jaar", "informatie", "heeft", "dader",
  "beleid", "beeld", "zoals", "thema", "soms", "nodig", "beter", "alleen", "waar", "vormen",
  "voorlichting", "sprake", "slachtofferschap", "scholen", "online", "media", "hulp", "grote",
  "groep", "gebrek", "buiten", "aangifte", "waardoor", "vinden", "vanuit", "rondom", "partijen",
  "ouders", "onderwijs", "geld", "daardoor", "zowel", "zicht", "voldoende", "sociale", "omdat",
  "netwerk", "name", "melden", "landelijke", "inzet", "iets", "heel", "gegevensdeling", "gaat",
  "bijvoorbeeld", "betere", "altijd", "aantal", "zorgcoördinatoren", "uitvoering",
  "nederlandse", "mogelijke", "landelijk", "geven", "focus", "doelgroepen", "bezig",
  "betrokken", "alles", "achter", "vervolging", "sekswerkers", "regionaal", "regio",
  "onderwerp", "mogelijk", "middelen", "medewerkers", "loopt", "leiden", "krijgen", "iemand",
  "hier", "goede", "ervaringsdeskundigen", "doel", "criminaliteit", "capaciteit", "breder",
  "bieden", "beschikbaar", "bescherming", "zodat", "zetten", "zaken", "willen", "vraag",
  "vindt", "veiligheid", "veilig", "tafel", "stappen", "signaal", "prioriteit", "plekken",
  "opvolging", "opsporen", "oorzaken", "oorzaak", "ontwikkelen", "niveau", "multiproblematiek",
  "lange", "krijgt", "kijken", "internationaal", "intern", "integrale", "hulpverlening",
  "gezien", "gaan", "expertise", "deze", "daar", "bepaalde", "belang", "analyse", "zonder",
  "vooral", "tijd", "terwijl", "stellen", "snel", "seksindustrie", "proces", "onduidelijk",
  "onderzoek", "omgeving", "nieuwe", "mogen", "moeilijk", "minderjarigen", "mannen", "manier",
  "lopen", "kleine", "kinderen", "jongens", "jonge", "herkend", "gevolgen", "gevolg",
  "gesignaleerd", "gericht", "financiering", "feiten", "ernstige", "doelgroep", "diverse",
  "dekkend", "daarnaast", "daarmee", "communicatie", "cijfers", "centraal", "casuïstiek",
  "beperkt", "benadeling", "belangrijk", "basis", "angst", "analysefase", "aanbod",
  "zichzelf", "zachte", "werkt", "werk", "waarom", "waarbij", "vragen", "visie", "vast",
  "vallen", "vaker", "uitwisseling", "termijn", "structurele", "structureel", "strafrecht",
  "sterk", "staat", "resultaten", "regulering", "regionale", "prioritering", "plek",
  "passende", "netwerken", "migranten", "methodes", "meldroutes", "maatwerk", "maatschappij",
] as const;

/** Section titles combine these, as in "Meer samenwerking" or "Onvoldoende opvolging". */
const TITLE_OPENERS = ["Meer", "Betere", "Onvoldoende", "Gebrek aan", "Inzet", "Versterken"];
// biome-ignore format: a word list reads better packed
const TITLE_SUBJECTS = [
  "samenwerking", "opvang", "signalering", "preventie", "bewustwording", "opsporing",
  "voorlichting", "gegevensdeling", "kennis", "capaciteit", "financiering", "opvolging",
  "expertise", "hulpverlening", "prioriteit", "aandacht", "zorg", "communicatie", "onderwijs",
  "bescherming", "informatie", "meldingen", "vervolging", "maatwerk", "middelen", "aanpak",
  "beleid", "regulering", "ervaringsdeskundigen", "professionals", "meldroutes", "cijfers",
] as const;

/** Sections per chapter: 70 in all, chapter 2 (problems) the largest, as in the seed. */
const SECTIONS_PER_CHAPTER = [10, 28, 15, 17] as const;

const MIN_WORDS = 10;
const MAX_WORDS = 60;
const MAX_PAGE = 500;

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface SyntheticSection {
  chapter: number;
  section: string;
  title: string;
}

function makeSections(random: () => number): SyntheticSection[] {
  const sections: SyntheticSection[] = [];
  SECTIONS_PER_CHAPTER.forEach((count, chapterIndex) => {
    for (let n = 1; n <= count; n++) {
      const subject = pick(random, TITLE_SUBJECTS);
      // Every third title is a bare subject ("Opvang"), like many in the seed.
      const title = n % 3 === 0 ? capitalize(subject) : `${pick(random, TITLE_OPENERS)} ${subject}`;
      sections.push({ chapter: chapterIndex + 1, section: `${chapterIndex + 1}.${n}`, title });
    }
  });
  return sections;
}

/** Sentences of 4–15 words, mostly content words with some glue, ending in a full stop. */
function makeText(random: () => number): string {
  const wordCount = MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS + 1));
  const sentences: string[] = [];
  let remaining = wordCount;
  while (remaining > 0) {
    let length = Math.min(remaining, 4 + Math.floor(random() * 12));
    // Never leave a sentence shorter than four words behind.
    if (remaining - length > 0 && remaining - length < 4) length = remaining;
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      words.push(random() < 0.35 ? pick(random, FUNCTION_WORDS) : pick(random, CONTENT_WORDS));
    }
    sentences.push(`${capitalize(words.join(" "))}.`);
    remaining -= length;
  }
  return sentences.join(" ");
}

/**
 * `count` quotes with ids "syn_0" … in corpus order: chapters 1–4, ~70 titled sections,
 * pages rising from 1 to at most 500, 10–60 words each, a few pull quotes.
 */
export function makeSyntheticQuotes(count: number, seed = 1): Quote[] {
  const random = seededRandom(seed);
  const sections = makeSections(random);
  const quotes: Quote[] = [];
  for (let n = 0; n < count; n++) {
    // Quotes fill the sections (and pages) in order, as they do in the bloemlezing.
    const position = count === 1 ? 0 : n / count;
    const section = sections[Math.floor(position * sections.length)] as SyntheticSection;
    quotes.push({
      id: `syn_${n}`,
      text: makeText(random),
      chapter: section.chapter,
      chapterTitle: CHAPTER_TITLES_SEED[section.chapter] ?? `Hoofdstuk ${section.chapter}`,
      section: section.section,
      sectionTitle: section.title,
      page: 1 + Math.floor(position * MAX_PAGE),
      source: "synthetic",
      pullQuote: random() < 0.03,
    });
  }
  return quotes;
}

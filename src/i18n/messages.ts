/**
 * Every user-facing string, Dutch first. English mirrors the Dutch keys; the type
 * makes a missing translation a compile error.
 */
export const nl = {
  "app.title": "Ontrafel",
  "app.tagline": "Probleem- en oorzakenanalyse",
  "app.language": "Taal",
  "app.language.nl": "Nederlands",
  "app.language.en": "English",
  "app.skipToLibrary": "Naar de citaten",

  "corpus.loading": "Citaten laden…",
  "corpus.importing": "Bloemlezing wordt ingelezen…",
  "corpus.ready": "{count} citaten uit de bloemlezing",
  "corpus.importedAt": "ingelezen op {date}",
  "corpus.error": "De citaten konden niet worden geladen: {message}",
  "corpus.memoryOnly":
    "De browser staat geen opslag toe (privévenster of geblokkeerd). Ontrafel werkt nu alleen in het geheugen.",
  "corpus.retry": "Opnieuw proberen",

  "library.heading": "Citaten",
  "library.search": "Zoek in citaten",
  "library.searchPlaceholder": "Zoek op woord, ook met typfout…",
  "library.clearSearch": "Zoekopdracht wissen",
  "library.chapter": "Hoofdstuk",
  "library.allChapters": "Alle hoofdstukken",
  "library.section": "Thema",
  "library.allSections": "Alle thema's",
  "library.resultCount": "{shown} van {total} citaten",
  "library.noResults": "Geen citaten gevonden. Probeer een ander woord of wis de filters.",
  "library.resetFilters": "Filters wissen",
  "library.list": "Citaten, gegroepeerd per hoofdstuk en thema",
  "library.keyboardHint": "Pijltjes: volgend/vorig citaat · Enter: hele tekst tonen",
  "library.page": "p. {page}",
  "library.noPage": "pagina onbekend",
  "library.unknownSectionTitle": "titel onbekend",
  "library.noSection": "zonder thema",
  "library.pullQuote": "uitgelicht",
  "library.pullQuoteHint": "Dit citaat staat op de pagina ook groot als uitgelicht citaat",
  "library.showMore": "Hele tekst tonen",
  "library.showLess": "Minder tonen",
  "library.quoteCount": "{count} citaten",
  "library.quoteCountOne": "1 citaat",
  "library.sortedByRelevance": "Gesorteerd op relevantie",
} as const;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  "app.title": "Ontrafel",
  "app.tagline": "Problem and cause analysis",
  "app.language": "Language",
  "app.language.nl": "Nederlands",
  "app.language.en": "English",
  "app.skipToLibrary": "Skip to the quotes",

  "corpus.loading": "Loading quotes…",
  "corpus.importing": "Reading the anthology…",
  "corpus.ready": "{count} quotes from the anthology",
  "corpus.importedAt": "imported on {date}",
  "corpus.error": "The quotes could not be loaded: {message}",
  "corpus.memoryOnly":
    "This browser does not allow storage (private window or blocked). Ontrafel is working in memory only.",
  "corpus.retry": "Try again",

  "library.heading": "Quotes",
  "library.search": "Search quotes",
  "library.searchPlaceholder": "Search by word, typos allowed…",
  "library.clearSearch": "Clear search",
  "library.chapter": "Chapter",
  "library.allChapters": "All chapters",
  "library.section": "Theme",
  "library.allSections": "All themes",
  "library.resultCount": "{shown} of {total} quotes",
  "library.noResults": "No quotes found. Try another word or clear the filters.",
  "library.resetFilters": "Clear filters",
  "library.list": "Quotes, grouped by chapter and theme",
  "library.keyboardHint": "Arrows: next/previous quote · Enter: show full text",
  "library.page": "p. {page}",
  "library.noPage": "page unknown",
  "library.unknownSectionTitle": "title unknown",
  "library.noSection": "no theme",
  "library.pullQuote": "highlighted",
  "library.pullQuoteHint": "This quote is also printed large on its page as a pull quote",
  "library.showMore": "Show full text",
  "library.showLess": "Show less",
  "library.quoteCount": "{count} quotes",
  "library.quoteCountOne": "1 quote",
  "library.sortedByRelevance": "Sorted by relevance",
};

export const catalogues = { nl, en } as const;
export type Language = keyof typeof catalogues;
export const LANGUAGES: readonly Language[] = ["nl", "en"];

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/**
 * Fills `{name}` placeholders; numbers are written the local way ("20.000" in Dutch).
 * Unknown placeholders stay visible so a gap is noticed.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  locale = "nl-NL",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(locale) : value;
  });
}

export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(catalogues[language][key], params, localeOf(language));
}

/**
 * The message catalogue: every user-facing string, Dutch first (nl.ts, put together from
 * nl/ by part of the app), English (en.ts and en/) mirroring the Dutch keys, and the
 * formatting both share.
 */
import { en } from "./en";
import { nl } from "./nl";

export { en, nl };

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
/** A translate function bound to a language (what useT returns). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const catalogues = { nl, en } as const;
export type Language = keyof typeof catalogues;
export const LANGUAGES: readonly Language[] = ["nl", "en"];

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/**
 * Intl.NumberFormat is costly to build (the first one loads the locale's data: about 12 ms,
 * paid while a board's cards render), and toLocaleString(locale) builds one per call. Whole
 * numbers below 1,000 are written alike in both languages, and most counts are that small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormats.set(locale, formatter);
  }
  return formatter.format(value);
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

/** `{count, plural, one {# citaat} other {# citaten}}`: the ICU message form, without nesting. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|\w+) \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|\w+) \{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/** Picks the form of a plural for the number (Intl.PluralRules); "#" is the number. */
function formatPlurals(
  template: string,
  params: Record<string, string | number>,
  locale: string,
): string {
  return template.replace(PLURAL, (whole, name: string, cases: string) => {
    const value = params[name];
    if (typeof value !== "number") return whole;
    const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1], m[2] ?? ""]));
    const form =
      forms.get(`=${value}`) ?? forms.get(pluralCategory(value, locale)) ?? forms.get("other");
    return form === undefined ? whole : form.replace(/#/g, formatNumber(value, locale));
  });
}

/**
 * Fills `{name}` placeholders; numbers are written the local way ("20.000" in Dutch), and
 * `{name, plural, one {…} other {…}}` takes the form the number needs ("1 citaat", "2 citaten").
 * Unknown placeholders stay visible so a gap is noticed.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  locale = "nl-NL",
): string {
  const chosen = template.includes(", plural,")
    ? formatPlurals(template, params, locale)
    : template;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(catalogues[language][key], params, localeOf(language));
}

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

interface PluralPart {
  /** The whole `{count, plural, …}`, kept when the parameter is not a number. */
  whole: string;
  name: string;
  /** "=0", "one", "other", … to the text of that form. */
  forms: ReadonlyMap<string, string>;
}

/**
 * Templates with plurals, split once into text and plural parts: a board's render formats the
 * same few templates for every node it draws ("3 citaten" on each badge, in each node's name),
 * and matching the plural patterns anew each time was a visible part of the commit that moves
 * 500 nodes (layout_500_main_thread_block_ms). Only the catalogue's templates come here; the
 * cap keeps a caller with templates of its own from growing it without end.
 */
const splitTemplates = new Map<string, readonly (string | PluralPart)[]>();
const MAX_SPLIT_TEMPLATES = 2000;

function splitPlurals(template: string): readonly (string | PluralPart)[] {
  const known = splitTemplates.get(template);
  if (known) return known;
  const parts: (string | PluralPart)[] = [];
  let from = 0;
  for (const match of template.matchAll(PLURAL)) {
    parts.push(template.slice(from, match.index));
    parts.push({
      whole: match[0],
      name: match[1] ?? "",
      forms: new Map(
        [...(match[2] ?? "").matchAll(PLURAL_CASE)].map((m): [string, string] => [
          m[1] ?? "",
          m[2] ?? "",
        ]),
      ),
    });
    from = match.index + match[0].length;
  }
  parts.push(template.slice(from));
  if (splitTemplates.size >= MAX_SPLIT_TEMPLATES) splitTemplates.clear();
  splitTemplates.set(template, parts);
  return parts;
}

/** Picks the form of a plural for the number (Intl.PluralRules); "#" is the number. */
function formatPlurals(
  template: string,
  params: Record<string, string | number>,
  locale: string,
): string {
  let text = "";
  for (const part of splitPlurals(template)) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const value = params[part.name];
    if (typeof value !== "number") {
      text += part.whole;
      continue;
    }
    const form =
      part.forms.get(`=${value}`) ??
      part.forms.get(pluralCategory(value, locale)) ??
      part.forms.get("other");
    text += form === undefined ? part.whole : form.replace(/#/g, formatNumber(value, locale));
  }
  return text;
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

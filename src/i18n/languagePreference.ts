import { LANGUAGES, type Language } from "./messages";

const KEY = "ontrafel.language";

/** The remembered language, else Dutch: the product is Dutch first whatever the browser says. */
export function readLanguagePreference(storage: Pick<Storage, "getItem"> | undefined): Language {
  const value = storage?.getItem(KEY);
  return LANGUAGES.find((l) => l === value) ?? "nl";
}

/** Remembering the language is a convenience: a full or locked storage must not break the app. */
export function writeLanguagePreference(
  storage: Pick<Storage, "setItem"> | undefined,
  language: Language,
): void {
  try {
    storage?.setItem(KEY, language);
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}

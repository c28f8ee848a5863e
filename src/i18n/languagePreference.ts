import { rememberedChoice } from "../domain/rememberedChoice";
import { LANGUAGES } from "./messages";

/** The remembered language, else Dutch: the product is Dutch first whatever the browser says. */
const languageChoice = rememberedChoice("ontrafel.language", LANGUAGES, "nl");

export const readLanguagePreference = languageChoice.read;
export const writeLanguagePreference = languageChoice.write;

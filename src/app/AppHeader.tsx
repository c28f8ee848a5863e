import { LANGUAGES, type Language } from "../i18n/messages";
import { useT } from "../i18n/useT";
import { useAppStore } from "../state/StoreProvider";
import { CorpusStatusLine } from "./CorpusStatusLine";
import { SaveStatus } from "./SaveStatus";

export function AppHeader() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t("app.title")}</h1>
        <span className="tagline">{t("app.tagline")}</span>
      </div>
      <CorpusStatusLine />
      <SaveStatus />
      <fieldset className="language-switch">
        <legend className="visually-hidden">{t("app.language")}</legend>
        {LANGUAGES.map((lang: Language) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            aria-pressed={language === lang}
            onClick={() => setLanguage(lang)}
          >
            {t(`app.language.${lang}`)}
          </button>
        ))}
      </fieldset>
    </header>
  );
}

import { SnapshotButton } from "../features/analyses/SnapshotButton";
import { TitleEditor } from "../features/analyses/TitleEditor";
import { LANGUAGES, type Language } from "../i18n/messages";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";
import { CorpusStatusLine } from "./CorpusStatusLine";
import { SaveStatus } from "./SaveStatus";

/** In an analysis: the way back to the overview, the title (editable) and "Versie bewaren". */
function AnalysisNav() {
  const t = useT();
  const inAnalysis = useAppStore((s) => s.route.kind === "analysis");
  if (!inAnalysis) return null;
  return (
    <nav className="analysis-nav" aria-label={t("analyses.heading")}>
      <a href="#/">← {t("analyses.backToOverview")}</a>
      <TitleEditor />
      <SnapshotButton />
    </nav>
  );
}

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
      <AnalysisNav />
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

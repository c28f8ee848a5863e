import { ChevronLeft, CircleHelp, Ellipsis, Info, WifiOff } from "lucide-react";
import { useSyncExternalStore } from "react";
import { SnapshotButton } from "../features/analyses/SnapshotButton";
import { TitleEditor } from "../features/analyses/TitleEditor";
import { ViewSwitch } from "../features/goalView/ViewSwitch";
import { LANGUAGES, type Language } from "../i18n/messages";
import { useAppStore } from "../state/StoreProvider";
import { useT } from "../state/useT";
import { Menu, MenuItem } from "../ui/Menu";
import { SaveStatus } from "./SaveStatus";
import { ShareButton } from "./sync/ShareDialog";

/**
 * In an analysis: the way back to the overview, the title (editable), "Versie bewaren" and the
 * switch between its problem tree and goal tree (here, not in the canvas's full toolbar row).
 */
function AnalysisNav() {
  const t = useT();
  const inAnalysis = useAppStore((s) => s.route.kind === "analysis");
  if (!inAnalysis) return null;
  return (
    <nav className="analysis-nav" aria-label={t("analyses.heading")}>
      <a href="#/" className="back-link">
        <ChevronLeft size={16} aria-hidden="true" />
        <span>{t("analyses.backToOverview")}</span>
      </a>
      <TitleEditor />
      <SnapshotButton />
      <ShareButton />
      <ViewSwitch />
    </nav>
  );
}

const subscribeOnline = (change: () => void) => {
  window.addEventListener("online", change);
  window.addEventListener("offline", change);
  return () => {
    window.removeEventListener("online", change);
    window.removeEventListener("offline", change);
  };
};

/** Offline is fine (everything is stored here), but the person should know. */
function OfflineBadge() {
  const t = useT();
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  if (online) return null;
  return (
    <span className="offline-badge" role="status" title={t("app.offlineHint")}>
      <WifiOff size={14} aria-hidden="true" />
      {t("app.offline")}
    </span>
  );
}

/** The corpus the library shows, in words, for the header's menu. */
function useCorpusSummary(): string | null {
  const t = useT();
  const status = useAppStore((s) => s.corpusStatus);
  if (status.kind !== "ready") return null;
  return status.corpus.kind === "seed"
    ? t("corpus.ready", { count: status.corpus.quoteCount })
    : t("corpora.readyNamed", { count: status.corpus.quoteCount, name: status.corpus.name });
}

/** Less used: shortcut help and what the library holds. */
function HeaderMenu() {
  const t = useT();
  const inAnalysis = useAppStore((s) => s.route.kind === "analysis");
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const corpus = useCorpusSummary();
  return (
    <Menu label={t("app.menu")} icon={Ellipsis}>
      {inAnalysis && (
        <MenuItem
          icon={CircleHelp}
          label={t("canvas.help")}
          shortcut="?"
          onSelect={() => setHelpOpen(true)}
        />
      )}
      {corpus && (
        <p className="menu-text">
          <Info size={14} aria-hidden="true" /> {corpus}
        </p>
      )}
    </Menu>
  );
}

/**
 * One line of fixed height: brand, the open analysis (back, title, version), save state,
 * offline badge, language and a menu. Nothing in it wraps, so the workspace below never moves.
 */
export function AppHeader() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const inAnalysis = useAppStore((s) => s.route.kind === "analysis");
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <circle cx="12" cy="5" r="2.6" />
          <circle cx="5" cy="19" r="2.6" />
          <circle cx="19" cy="19" r="2.6" />
          <path d="M12 7.6v4.4M12 12l-6 4.6M12 12l6 4.6" />
        </svg>
        <h1>{t("app.title")}</h1>
        <span className="tagline">{t("app.tagline")}</span>
      </div>
      <AnalysisNav />
      <div className="header-end">
        {inAnalysis && <SaveStatus />}
        <OfflineBadge />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("app.language")}</legend>
          {LANGUAGES.map((lang: Language) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              aria-label={t(`app.language.${lang}`)}
              title={t(`app.language.${lang}`)}
              aria-pressed={language === lang}
              onClick={() => setLanguage(lang)}
            >
              {lang.toUpperCase()}
            </button>
          ))}
        </fieldset>
        <HeaderMenu />
      </div>
    </header>
  );
}

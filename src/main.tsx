import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createAnalysisSession } from "./app/analysisSession";
import { bootstrap } from "./app/bootstrap";
import { startRouting } from "./app/routing";
import { registerServiceWorkerWhenIdle } from "./app/serviceWorker";
import { requestPersistentStorage, watchConnection } from "./app/storage";
import { startSharing } from "./app/sync/sharing";
import { CorporaServiceProvider } from "./features/corpora/CorporaServiceProvider";
import type { CorporaService } from "./features/corpora/corporaService";
import { readLanguagePreference, writeLanguagePreference } from "./i18n/languagePreference";
import { OntrafelDb } from "./persistence/db";
import { parseRoute } from "./services/route";
import type { AnalysisSession } from "./services/session";
import { createAppStore } from "./state/createAppStore";
import { SessionProvider } from "./state/SessionProvider";
import { StoreProvider } from "./state/StoreProvider";
import "./ui/tokens.css";
import "./ui/controls.css";
import "./styles.css";

const store = createAppStore({ language: readLanguagePreference(safeLocalStorage()) });
document.documentElement.lang = store.getState().language;
store.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  document.documentElement.lang = state.language;
  writeLanguagePreference(safeLocalStorage(), state.language);
});

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");
const root = createRoot(container);
const render = (session: AnalysisSession | null, corpora: CorporaService | null = null) =>
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <SessionProvider session={session}>
          <CorporaServiceProvider service={corpora}>
            <App />
          </CorporaServiceProvider>
        </SessionProvider>
      </StoreProvider>
    </StrictMode>,
  );
render(null);

const linked = parseRoute(window.location.hash);
const linkedId = linked.kind === "analysis" ? linked.id : null;
void requestPersistentStorage(store);
void bootstrap(store, () => watchConnection(new OntrafelDb(), store), linkedId).then((db) => {
  const session = createAnalysisSession(store, db);
  startRouting(store, session);
  startSharing(store, typeof localStorage === "undefined" ? null : localStorage);
  render(session);
  // Several corpora, imports and corrections: loaded after start-up.
  void import("./features/corpora/corporaService").then((m) =>
    render(session, m.startCorpora(store, db)),
  );
  registerServiceWorkerWhenIdle();
});

/** localStorage throws in some locked-down browsers; the app then simply forgets the language. */
function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startAutosave } from "./app/autosave";
import { bootstrap } from "./app/bootstrap";
import { readLanguagePreference, writeLanguagePreference } from "./i18n/languagePreference";
import { saveAnalysis } from "./persistence/analysisRepo";
import { OntrafelDb } from "./persistence/db";
import { createAppStore } from "./state/createAppStore";
import { StoreProvider } from "./state/StoreProvider";
import "./styles.css";

const store = createAppStore({ language: readLanguagePreference(safeLocalStorage()) });
document.documentElement.lang = store.getState().language;
store.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  document.documentElement.lang = state.language;
  writeLanguagePreference(safeLocalStorage(), state.language);
});

void bootstrap(store, () => new OntrafelDb()).then((db) => {
  if (db) startAutosave(store, (analysis) => saveAnalysis(db, analysis));
  else store.getState().setSaveState({ kind: "memoryOnly" });
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

/** localStorage throws in some locked-down browsers; the app then simply forgets the language. */
function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

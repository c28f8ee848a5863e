import { ANALYSIS_SCHEMA_VERSION } from "../domain/analysis/analysis";
import { parseRoute, routeHash } from "../services/route";
import type { AnalysisSession } from "../services/session";
import type { AppStore } from "../state/createAppStore";

/**
 * Keeps the store's route in step with the address bar. A deep link opens its analysis; one
 * that does not exist (or cannot be read) leads to the overview with a message.
 */
export function startRouting(store: AppStore, session: AnalysisSession): () => void {
  const apply = async () => {
    const route = parseRoute(window.location.hash);
    if (route.kind === "analysis") {
      const result = await session.open(route.id);
      if (!result?.ok) {
        const error = result?.error;
        store.getState().setNotice(
          (t) =>
            error?.kind === "tooNew"
              ? t("analyses.tooNew", {
                  version: error.version,
                  supported: ANALYSIS_SCHEMA_VERSION,
                })
              : t("analyses.notFound"),
          { kind: "overview" },
        );
        window.location.replace(routeHash({ kind: "overview" }));
        return;
      }
    }
    store.getState().setRoute(route);
  };
  // A first visit without an address opens the analysis start-up chose (the last one).
  if (window.location.hash === "") {
    window.history.replaceState(
      null,
      "",
      routeHash({ kind: "analysis", id: store.getState().analysis.id }),
    );
  }
  const onHashChange = () => void apply();
  window.addEventListener("hashchange", onHashChange);
  void apply();
  return () => window.removeEventListener("hashchange", onHashChange);
}

import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { afterEach } from "vitest";
import { createAnalysisSession } from "../../src/app/analysisSession";
import type { Analysis } from "../../src/domain/analysis/analysis";
import { countingIds } from "../../src/domain/analysis/ids";
import { saveAnalysis } from "../../src/persistence/analysisRepo";
import { OntrafelDb } from "../../src/persistence/db";
import type { AnalysisSession } from "../../src/services/session";
import { createAppStore } from "../../src/state/createAppStore";
import { SessionProvider } from "../../src/state/SessionProvider";
import { StoreProvider } from "../../src/state/StoreProvider";

let n = 0;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * Renders `ui` as the app does: a fresh store and a session on a fresh fake-IndexedDB database
 * holding `analyses`. The store holds `open` (if given) as the analysis opened last.
 */
export async function renderWithSession(
  ui: ReactElement,
  { analyses = [], open }: { analyses?: Analysis[]; open?: Analysis } = {},
) {
  const db = new OntrafelDb(`analyses-ui-${++n}`);
  await db.open();
  for (const analysis of analyses) await saveAnalysis(db, analysis);
  const store = createAppStore({ ids: countingIds() });
  if (open) store.getState().openAnalysis(open);
  const session: AnalysisSession = createAnalysisSession(store, db);
  cleanups.push(async () => {
    session.stop();
    await db.delete();
  });
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <SessionProvider session={session}>{ui}</SessionProvider>
    </StoreProvider>,
  );
  return { ...view, db, store, session, user };
}

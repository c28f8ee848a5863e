import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Quote } from "../../src/domain/corpus/quote";
import { type AppStoreOptions, createAppStore } from "../../src/state/createAppStore";
import { StoreProvider } from "../../src/state/StoreProvider";

/** Renders `ui` with a fresh store, optionally holding a loaded corpus. */
export function renderWithStore(
  ui: ReactElement,
  { quotes, ...options }: AppStoreOptions & { quotes?: readonly Quote[] } = {},
) {
  const store = createAppStore(options);
  if (quotes) {
    store.getState().corpusLoaded(
      {
        id: "test",
        name: "Test",
        kind: "seed",
        contentHash: "h",
        parserVersion: 1,
        quoteCount: quotes.length,
        importedAt: 0,
      },
      quotes,
      true,
    );
  }
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}

import { useCallback } from "react";
import { useAppStore } from "../state/StoreProvider";
import { type MessageKey, translate } from "./messages";

/** The translate function for the current language. */
export function useT() {
  const language = useAppStore((s) => s.language);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
}

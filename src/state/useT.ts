import { useCallback } from "react";
import { type MessageKey, translate } from "../i18n/messages";
import { useAppStore } from "./StoreProvider";

/** The translate function for the current language. */
export function useT() {
  const language = useAppStore((s) => s.language);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
}

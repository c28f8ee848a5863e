import { createContext, type ReactNode, useContext } from "react";
import type { CorporaService } from "./corporaService";

const CorporaServiceContext = createContext<CorporaService | null>(null);

/** Hands the corpora service to the components below (start-up provides it once loaded). */
export function CorporaServiceProvider({
  service,
  children,
}: {
  service: CorporaService | null;
  children: ReactNode;
}) {
  return (
    <CorporaServiceContext.Provider value={service}>{children}</CorporaServiceContext.Provider>
  );
}

/** The running corpora service; null before start-up has opened storage and loaded it. */
export function useCorporaService(): CorporaService | null {
  return useContext(CorporaServiceContext);
}

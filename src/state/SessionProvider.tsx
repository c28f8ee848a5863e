import { createContext, type ReactNode, useContext } from "react";
import type { AnalysisSession } from "../services/session";

const SessionContext = createContext<AnalysisSession | null>(null);

export function SessionProvider({
  session,
  children,
}: {
  session: AnalysisSession | null;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The analysis session, once start-up has opened storage; null while starting or in tests. */
export function useSession(): AnalysisSession | null {
  return useContext(SessionContext);
}

import { type ReactNode, useMemo } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { createWorkshopCommands, type WorkshopCommands } from "./workshopCommands";

/** For tests: renders `children` with workshop commands bound to the store above. */
export function WithWorkshopCommands({
  children,
}: {
  children: (commands: WorkshopCommands) => ReactNode;
}) {
  const store = useAppStoreApi();
  const commands = useMemo(() => createWorkshopCommands(store, { show: () => {} }), [store]);
  return children(commands);
}

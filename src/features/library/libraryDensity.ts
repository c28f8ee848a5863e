import { useCallback, useState } from "react";
import { rememberedChoice } from "../../domain/rememberedChoice";

export type LibraryDensity = "comfortable" | "compact";

const densityChoice = rememberedChoice<LibraryDensity>(
  "ontrafel.libraryDensity",
  ["comfortable", "compact"],
  "comfortable",
);

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The quote list's density, remembered in this browser. */
export function useLibraryDensity(): [LibraryDensity, () => void] {
  const [density, setDensity] = useState(() => densityChoice.read(storage()));
  const toggle = useCallback(() => {
    setDensity((current) => {
      const next = current === "compact" ? "comfortable" : "compact";
      densityChoice.write(storage(), next);
      return next;
    });
  }, []);
  return [density, toggle];
}

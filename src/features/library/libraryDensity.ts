import { useCallback, useState } from "react";

export type LibraryDensity = "comfortable" | "compact";

const KEY = "ontrafel.libraryDensity";

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The remembered density of the quote list, else comfortable. */
export function readLibraryDensity(from: Pick<Storage, "getItem"> | undefined): LibraryDensity {
  return from?.getItem(KEY) === "compact" ? "compact" : "comfortable";
}

/** Remembering it is a convenience: a full or locked storage must not break the library. */
export function writeLibraryDensity(
  to: Pick<Storage, "setItem"> | undefined,
  density: LibraryDensity,
): void {
  try {
    to?.setItem(KEY, density);
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}

/** The quote list's density, remembered in this browser. */
export function useLibraryDensity(): [LibraryDensity, () => void] {
  const [density, setDensity] = useState(() => readLibraryDensity(storage()));
  const toggle = useCallback(() => {
    setDensity((current) => {
      const next = current === "compact" ? "comfortable" : "compact";
      writeLibraryDensity(storage(), next);
      return next;
    });
  }, []);
  return [density, toggle];
}

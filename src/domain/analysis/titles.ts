/**
 * A title no other analysis has: `base` itself when free, else "base (2)", "base (3)", … —
 * so two new analyses of the same day never share a title.
 */
export function uniqueTitle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The title of an imported copy: marked once, never "(geïmporteerd) (geïmporteerd)". */
export function importedTitle(title: string, suffix: string): string {
  return title.endsWith(suffix) ? title : `${title}${suffix}`;
}

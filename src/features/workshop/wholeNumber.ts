/** A typed whole number within bounds; `fallback` for an empty or unreadable field. */
export function wholeNumber(text: string, min: number, max: number, fallback: number): number {
  const value = Math.round(Number(text));
  if (text.trim() === "" || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

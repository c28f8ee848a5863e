import type { LanguageModel } from "./lineOptions";

const SENTENCE_END = /[.?!:;][”’"')]*$/;

function bareWord(token: string): string {
  return token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

/**
 * Learns which capitalised words are ordinary words at a sentence start (they mostly occur
 * in lower case, and rarely capitalised mid-sentence) as opposed to names and
 * abbreviations (Nederland, AVG, "Wetboek van Strafrecht").
 */
export function learnLanguage(lines: readonly string[]): LanguageModel {
  const lower = new Map<string, number>();
  const midCapital = new Map<string, number>();
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const word = bareWord(tokens[i] ?? "");
      if (!word) continue;
      if (/^\p{Ll}/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
      else if (i > 0 && !SENTENCE_END.test(tokens[i - 1] ?? ""))
        midCapital.set(word, (midCapital.get(word) ?? 0) + 1);
    }
  }
  const words = new Set<string>();
  for (const word of lower.keys()) words.add(word.toLowerCase());
  for (const word of midCapital.keys()) words.add(word.toLowerCase());
  const sentenceStarters = new Set<string>();
  for (const [word, count] of lower) {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    // Column joins also put a capital mid-line now and then, so allow a few.
    if (count >= 2 && (midCapital.get(capital) ?? 0) * 4 < count) sentenceStarters.add(capital);
  }
  return { sentenceStarters, words };
}

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where JSON.parse stopped, as line and column: the engine's message is English and differs
 * between browsers, so only its character offset is used (the end of the text when it has none).
 */
export function syntaxErrorAt(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  return lineAndColumn(text, position ? Number(position[1]) : text.length);
}

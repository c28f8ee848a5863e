/**
 * The seed parse's floor: one pass over the same text that any parser makes, each file split
 * into trimmed lines. Returns the number of non-empty lines, so the work cannot be dropped.
 */
export function splitSeedLines(files: readonly { text: string }[]): number {
  let lines = 0;
  for (const file of files)
    for (const line of file.text.split(/\r?\n/)) if (line.trim().length > 0) lines++;
  return lines;
}

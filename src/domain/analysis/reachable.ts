/**
 * Every id reachable from `start` along `next` (not `start` itself unless it lies on a cycle).
 * Iterative, so long chains cannot overflow the stack; cycle-safe.
 */
export function reachableFrom(
  next: ReadonlyMap<string, readonly string[]>,
  start: string,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

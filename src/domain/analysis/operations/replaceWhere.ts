/**
 * `items` with each item that `pick` chooses replaced by `update(item)`. Items `update` returns
 * unchanged keep their identity, and when none changed the same array comes back, so a caller
 * can tell "nothing to do" by identity (and the store sees no change).
 */
export function replaceWhere<T>(
  items: T[],
  pick: (item: T) => boolean,
  update: (item: T) => T,
): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (!pick(item)) return item;
    const replaced = update(item);
    if (replaced !== item) changed = true;
    return replaced;
  });
  return changed ? next : items;
}

/**
 * The one shape for a step that can fail without throwing: a value, or an error saying why.
 * Reading files, corpora, stored rows and migrations all answer with it.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

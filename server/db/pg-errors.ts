/** The name of the unique constraint a query broke, or null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const pgErr = e as { code?: string; constraint?: string };
    if (pgErr.code === '23505') return pgErr.constraint ?? '';
  }
  return null;
}

/** True when a query broke a foreign key (a row still referenced, or a missing parent). */
export function foreignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code === '23503') return true;
  }
  return false;
}

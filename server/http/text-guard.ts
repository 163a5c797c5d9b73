import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/** A NUL character, or half of a UTF-16 surrogate pair without its other half. */
const BAD_TEXT = /[\0\p{Surrogate}]/u;

/**
 * The dotted path (as zod names fields: `admin.fullName`, `items.0.id`) of the first string
 * or key holding a NUL or a lone surrogate; `''` when the value itself is such a string;
 * null when there is none. Iterative, so a deeply nested body cannot overflow the stack.
 * Only JSON-like values are walked: a Buffer (a file sent as the body) is bytes, not text.
 */
export function badTextPath(value: unknown): string | null {
  // Each entry: a value, its path, and the key it sits under (a key is text too).
  const stack: [unknown, string, string][] = [[value, '', '']];
  while (stack.length) {
    const [v, path, key] = stack.pop()!;
    if (BAD_TEXT.test(key)) return path;
    if (typeof v === 'string') {
      if (BAD_TEXT.test(v)) return path;
      continue;
    }
    if (!v || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
    const entries = Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [k, child] = entries[i]!;
      stack.push([child, path ? `${path}.${k}` : k, k]);
    }
  }
  return null;
}

/**
 * The one place text is refused before any route reads it. PostgreSQL stores no NUL, jsonb
 * (and PGlite, in any text) refuses a lone surrogate: without this they reached the database
 * and answered 500. Runs after the access check (401/403 come first) and before each route's
 * own validation, on the path parameters, the query and the body of every route, so a new
 * route cannot forget it. Headers need no walk: Node refuses a NUL in a header and reads
 * headers as Latin-1, where no surrogate can occur; X-File-Name is percent-decoded by the
 * attachment service, which drops control characters and refuses malformed UTF-8.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const parts = [
      ['params', req.params],
      ['querystring', req.query],
      ['body', req.body],
    ] as const;
    for (const [where, value] of parts) {
      const path = badTextPath(value);
      if (path !== null) throw new AppError('VALIDATION_FAILED', { in: where, fields: [{ path: path || where, message: 'text.invalidCharacters' }] });
    }
  });
}

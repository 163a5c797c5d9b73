import type { FastifyRequest } from 'fastify';

/** A database error as pg and PGlite raise it: a five-character SQLSTATE and the server's fields. */
type DatabaseErrorLike = Error & { code: string; severity?: string; constraint?: string; table?: string; column?: string; routine?: string };

function databaseErrorIn(err: Error): DatabaseErrorLike | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && ('severity' in e || 'routine' in e)) return e as DatabaseErrorLike;
  }
  return null;
}

/** drizzle's wrapper: its message is "Failed query: … params: …", the statement's values. */
function isQueryError(err: Error): boolean {
  return 'params' in err && 'query' in err;
}

/** The stack's frames only: the first lines repeat the message. */
function framesOf(stack: string | undefined): string | undefined {
  const at = stack?.indexOf('\n    at ') ?? -1;
  return at >= 0 ? stack?.slice(at + 1) : undefined;
}

/**
 * How an error is logged. A database error keeps its SQLSTATE, constraint, table, column and
 * where it was thrown, never its message or detail: those carry the statement's parameters
 * or the offending value (names, MyKad numbers, emails, what was typed as a password).
 * Other errors are the code's own and keep message and stack.
 */
type LoggedError = { type: string; message: string; stack: string; [field: string]: unknown };

export function errorForLog(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: 'a non-Error was thrown', stack: '' };
  const db = databaseErrorIn(err);
  if (db || isQueryError(err)) {
    return {
      type: err.constructor.name,
      message: `database error ${db?.code ?? ''}`.trim(),
      code: db?.code,
      constraint: db?.constraint,
      table: db?.table,
      column: db?.column,
      routine: db?.routine,
      stack: framesOf(err.stack) ?? '',
    };
  }
  const code = (err as { code?: unknown }).code;
  return { type: err.constructor.name, message: err.message, ...(code === undefined ? {} : { code }), stack: err.stack ?? '' };
}

/** A request as logged: no query string (a search for a name, or a MyKad number, is personal data), no headers, no body. */
function requestForLog(req: FastifyRequest) {
  return { method: req.method, url: req.url.split('?')[0], route: req.routeOptions?.url, remoteAddress: req.ip };
}

/**
 * The server's logger settings. Fastify never logs request bodies; the serializers above keep
 * query strings and SQL parameters out, and redaction removes the session cookie, the CSRF
 * token and credentials wherever a log call includes headers or a password.
 */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: { req: requestForLog, err: errorForLog },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'headers.cookie',
        'headers.authorization',
        'headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        'password',
        '*.password',
        'currentPassword',
        '*.currentPassword',
        'newPassword',
        '*.newPassword',
      ],
      censor: '[redacted]',
    },
  };
}

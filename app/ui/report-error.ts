/** Limits the server takes (server/features/client-errors/schema.ts); longer text is cut here, not refused there. */
const LIMITS = { message: 1000, stack: 8000, componentStack: 8000, url: 2000 };
const cut = (s: string | undefined, n: number) => (s && s.length > n ? s.slice(0, n) : s);

/**
 * Tells the server's log that the app failed on this page (`POST /api/client-errors`).
 * Best effort: a failure to report is swallowed, since there is nothing more to do.
 */
export function reportClientError(error: unknown, componentStack?: string | null): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const body = {
    message: cut(`${err.name}: ${err.message}`, LIMITS.message) ?? 'Error',
    stack: cut(err.stack, LIMITS.stack),
    componentStack: cut(componentStack ?? undefined, LIMITS.componentStack),
    url: cut(window.location.pathname + window.location.search, LIMITS.url) ?? '/',
  };
  // Fire and forget: a report that cannot be sent is dropped (the catch below), never shown.
  void fetch('/api/client-errors', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}

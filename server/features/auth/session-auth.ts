import type { Db } from '../../db/client';
import type { Authenticate } from '../../http/access-control';
import { createSessionLoader } from './session-loader';
import { touchSession } from './session-repo';
import { SESSION_COOKIE, sessionIdOf } from './session-token';

/** Extend a session's expiry at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Who is calling, from the session cookie: a live session of an active user (lookups of
 * requests arriving together share one query), its expiry extended now and then.
 */
export function sessionAuthenticator(db: Db, sessionTtlHours: number): Authenticate {
  const loadSession = createSessionLoader(db);
  return async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return null;
    const found = await loadSession(sessionIdOf(token));
    if (!found) return null;
    const { lastSeenAt, ...auth } = found;
    if (Date.now() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(db, auth.sessionId, new Date(Date.now() + sessionTtlHours * 3_600_000));
    }
    return auth;
  };
}

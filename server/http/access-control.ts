import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { can } from '../../domain/policy/permissions';
import { SESSION_COOKIE, sessionIdOf } from '../features/auth/session-token';
import { createSessionLoader } from '../features/auth/session-loader';
import { touchSession } from '../features/auth/session-repo';
import { AppError, type Lang } from './errors';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Extend a session's expiry at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * The one mechanism that guards every route: the session is loaded from the cookie,
 * then the route's declared access is enforced before its input is even validated
 * (401 → 403 password change → 403 permission → 403 CSRF).
 */
export function registerAccessControl(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'ms');

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const internal = route.url.startsWith('/api/docs') || route.method === 'HEAD';
    if (!access && !internal && route.url.startsWith('/api')) {
      throw new Error(`Route ${[route.method].flat().join(',')} ${route.url} declares no access rule`);
    }
  });

  const loadSession = createSessionLoader(app.deps.db);
  app.addHook('onRequest', async (req) => {
    req.lang = langFromHeader(req.headers['accept-language']);
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api')) return;
    const found = await loadSession(sessionIdOf(token));
    if (!found) return;
    const { lastSeenAt, ...auth } = found;
    req.auth = auth;
    req.lang = auth.user.language.startsWith('en') ? 'en' : 'ms';
    if (Date.now() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(app.deps.db, auth.sessionId, new Date(Date.now() + app.deps.config.sessionTtlHours * 3_600_000));
    }
  });

  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const auth = req.auth;
    if (!auth) throw new AppError('UNAUTHENTICATED');
    if (auth.user.mustChangePassword && !access.allowDuringPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access.permission !== 'authenticated' && !can(auth.user.roles, access.permission, auth.user.facts)) throw new AppError('FORBIDDEN');
    if (MUTATING.has(req.method) && !csrfMatches(req, auth.csrfToken)) throw new AppError('CSRF_INVALID');
  });
}

function csrfMatches(req: FastifyRequest, expected: string): boolean {
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function langFromHeader(header: string | undefined): Lang {
  return header?.toLowerCase().trim().startsWith('en') ? 'en' : 'ms';
}

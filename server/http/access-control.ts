import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { can } from '../../domain/policy/permissions';
import { AppError, type Lang } from './errors';
import type { Auth } from './request-context';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who is calling an `/api` route, read from the request (the auth feature reads the session cookie); null for nobody. */
export type Authenticate = (req: FastifyRequest) => Promise<Auth | null>;

/**
 * The one mechanism that guards every route: the caller is authenticated (the session
 * cookie), then the route's declared access is enforced before its input is even
 * validated (401 → 403 password change → 403 permission → 403 CSRF).
 */
export function registerAccessControl(app: FastifyInstance, authenticate: Authenticate): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'ms');

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const internal = route.url.startsWith('/api/docs') || route.method === 'HEAD';
    if (!access && !internal && route.url.startsWith('/api')) {
      throw new Error(`Route ${[route.method].flat().join(',')} ${route.url} declares no access rule`);
    }
  });

  app.addHook('onRequest', async (req) => {
    req.lang = langFromHeader(req.headers['accept-language']);
    if (!req.url.startsWith('/api')) return;
    const auth = await authenticate(req);
    if (!auth) return;
    req.auth = auth;
    req.lang = auth.user.language.startsWith('en') ? 'en' : 'ms';
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

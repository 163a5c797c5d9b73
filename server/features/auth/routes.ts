import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/errors';
import { requireUser } from '../../http/request-context';
import { meResponse } from '../me/schema';
import { buildMe } from '../me/service';
import { loginBody, passwordChangeBody } from './schema';
import { changePassword, login, logout } from './service';
import { SESSION_COOKIE } from './session-token';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { public: true },
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email or MyKad number; sets the session cookie',
        body: loginBody,
        response: { 200: meResponse },
      },
    },
    async (req, reply) => {
      checkOrigin(req, config.publicUrl);
      const s = await login(req.db, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null }, config.sessionTtlHours);
      setSessionCookie(reply, s.token, config.secureCookies);
      return buildMe(req.db, s.userId, s.orgId, s.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { permission: 'authenticated', allowDuringPasswordChange: true } },
      schema: { tags: ['auth'], summary: 'End the session' },
    },
    async (req, reply) => {
      if (req.auth) await logout(req.db, req.auth, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.code(204);
      return null; // sent after the request's transaction commits
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { permission: 'authenticated', allowDuringPasswordChange: true } },
      schema: { tags: ['auth'], summary: 'Change own password (also ends a forced change)', body: passwordChangeBody, response: { 200: meResponse } },
    },
    async (req) => {
      const u = requireUser(req.auth);
      const sessionId = req.auth?.sessionId ?? '';
      await changePassword(req.db, { id: u.id, orgId: u.orgId, sessionId }, req.body, req.ip);
      return buildMe(req.db, u.id, u.orgId, req.auth?.csrfToken ?? '');
    },
  );
};

/** The cookie outlives any session; the sessions table (sliding expiry, revocation) decides. */
const COOKIE_MAX_AGE_S = 30 * 24 * 3600;

function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: COOKIE_MAX_AGE_S });
}

/** Login is the one cookie-less POST; a browser sends Origin, and it must be ours. */
function checkOrigin(req: FastifyRequest, publicUrl: string | undefined) {
  const origin = req.headers.origin;
  if (!origin) return; // not a browser (curl, integrations): no cross-site risk
  const allowed = publicUrl ? new URL(publicUrl).origin : `${req.protocol}://${req.host}`;
  if (origin !== allowed) throw new AppError('ORIGIN_MISMATCH');
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/errors';
import { requireUser } from '../../http/request-context';
import { inScope } from '../../http/tenant-scope';
import { meResponse } from '../me/schema';
import { buildMe } from '../me/service';
import { createAccountMailer } from './account-mail';
import { unlockAccount } from './lockout';
import { linkTokenBody, loginBody, passwordChangeBody } from './schema';
import { changePassword, login, logout } from './service';
import { SESSION_COOKIE } from './session-token';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.deps;
  const mail = createAccountMailer(app.deps.senders, app.log);
  const likeLogin = { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { public: true },
        rateLimit: likeLogin,
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
      const s = await login(req.db, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null }, config.sessionTtlHours, mail);
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
      // Its own transactions: a wrong current password is counted on the owner connection and must outlive the refusal.
      config: { access: { permission: 'authenticated', allowDuringPasswordChange: true, ownTransaction: true } },
      schema: {
        tags: ['auth'],
        summary: 'Change own password (also ends a forced change); a wrong current password counts like a failed login',
        body: passwordChangeBody,
        response: { 200: meResponse },
      },
    },
    async (req) => {
      const u = requireUser(req.auth);
      const sessionId = req.auth?.sessionId ?? '';
      await changePassword(database, { id: u.id, orgId: u.orgId, sessionId }, req.body, req.ip, mail);
      return inScope(database, u.orgId, (db) => buildMe(db, u.id, u.orgId, req.auth?.csrfToken ?? ''));
    },
  );

  app.post(
    '/api/auth/unlock',
    {
      config: { access: { public: true }, rateLimit: likeLogin },
      schema: {
        tags: ['auth'],
        summary: 'Unlock an account with the one-time link emailed to its owner when it locked (valid 1 hour)',
        body: linkTokenBody,
      },
    },
    async (req, reply) => {
      await unlockAccount(req.db, req.body.token, req.ip);
      reply.code(204);
      return null;
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

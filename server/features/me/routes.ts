import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireOrg, requireUser } from '../../http/request-context';
import { inScope } from '../../http/tenant-scope';
import { createAccountMailer } from '../auth';
import { linkTokenBody } from '../auth/schema';
import { confirmEmailChange } from './email-change';
import { homeBody, homeStatus as homeStatusView, prefsView, profileBody } from './profile-schema';
import { homeStatus, notificationPrefs, registerHome, updateProfile } from './profile-service';
import { meResponse, preferencesBody } from './schema';
import { buildMe, setLanguage } from './service';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.deps;
  const mail = createAccountMailer(app.deps.senders, app.log);

  app.get(
    '/api/me',
    {
      config: { access: { permission: 'authenticated', allowDuringPasswordChange: true } },
      schema: { tags: ['auth'], summary: 'The caller: user, organisation, roles, abilities and CSRF token', response: { 200: meResponse } },
    },
    async (req) => {
      const u = requireUser(req.auth);
      return buildMe(req.db, u.id, u.orgId, req.auth?.csrfToken ?? '');
    },
  );

  app.patch(
    '/api/me/preferences',
    {
      config: { access: { permission: 'profile.self', allowDuringPasswordChange: true } },
      schema: { tags: ['auth'], summary: 'Change own preferences (language)', body: preferencesBody, response: { 200: meResponse } },
    },
    async (req) => {
      const u = requireUser(req.auth);
      await setLanguage(req.db, u, req.body.language, req.ip);
      return buildMe(req.db, u.id, u.orgId, req.auth?.csrfToken ?? '');
    },
  );

  app.patch(
    '/api/me/profile',
    {
      // Its own transactions: a wrong current password is counted on the owner connection and must outlive the refusal.
      config: { access: { permission: 'profile.self', ownTransaction: true } },
      schema: {
        tags: ['profile'],
        summary: 'Change own phone or notification preferences; ask for a new email (needs currentPassword; a link confirms it)',
        body: profileBody,
        response: { 200: meResponse },
      },
    },
    async (req) => {
      const u = requireUser(req.auth);
      await updateProfile(database, u, req.ip, req.body, mail);
      return inScope(database, u.orgId, (db) => buildMe(db, u.id, u.orgId, req.auth?.csrfToken ?? ''));
    },
  );

  app.post(
    '/api/me/email/confirm',
    {
      config: { access: { public: true }, rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['profile'],
        summary: "Use the link sent to a new email address: it becomes the account's email (no session needed)",
        body: linkTokenBody,
        response: { 200: z.object({ email: z.string() }) },
      },
    },
    async (req) => {
      const done = await confirmEmailChange(req.db, req.body.token, req.ip);
      mail({ kind: 'EMAIL_CHANGED', to: done.oldEmail, language: done.language, newEmail: done.email });
      return { email: done.email };
    },
  );

  app.get(
    '/api/me/notification-preferences',
    {
      config: { access: { permission: 'profile.self' } },
      schema: { tags: ['profile'], summary: 'Own notification preferences per event and channel (in-app is always on)', response: { 200: prefsView } },
    },
    async (req) => notificationPrefs(req.db, requireUser(req.auth).id),
  );

  app.get(
    '/api/me/home-location',
    {
      config: { access: { permission: 'attendance.self' } },
      schema: { tags: ['profile'], summary: 'Own BDR home location: the approved one and one waiting for approval', response: { 200: homeStatusView } },
    },
    async (req) => homeStatus(req.db, requireOrg(req.auth), requireUser(req.auth).id),
  );

  app.post(
    '/api/me/home-location',
    {
      config: { access: { permission: 'attendance.self' } },
      schema: {
        tags: ['profile'],
        summary: 'Register the BDR home location from the phone (waits for the supervisor)',
        body: homeBody,
        response: { 201: homeStatusView },
      },
    },
    async (req, reply) => {
      const u = requireUser(req.auth);
      reply.code(201);
      return registerHome(req.db, { ...u, orgId: requireOrg(req.auth) }, req.ip, req.body);
    },
  );
};

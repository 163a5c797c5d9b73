import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireOrg, requireUser } from '../../http/request-context';
import { homeBody, homeStatus as homeStatusView, prefsView, profileBody } from './profile-schema';
import { homeStatus, notificationPrefs, registerHome, updateProfile } from './profile-service';
import { meResponse, preferencesBody } from './schema';
import { buildMe, setLanguage } from './service';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
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

  app.patch('/api/me/profile', {
    config: { access: { permission: 'profile.self' } },
    schema: { tags: ['profile'], summary: 'Change own phone, email or notification preferences', body: profileBody, response: { 200: meResponse } },
  }, async (req) => {
    const u = requireUser(req.auth);
    await updateProfile(req.db, u, req.ip, req.body);
    return buildMe(req.db, u.id, u.orgId, req.auth?.csrfToken ?? '');
  });

  app.get('/api/me/notification-preferences', {
    config: { access: { permission: 'profile.self' } },
    schema: { tags: ['profile'], summary: 'Own notification preferences per event and channel (in-app is always on)', response: { 200: prefsView } },
  }, async (req) => notificationPrefs(req.db, requireUser(req.auth).id));

  app.get('/api/me/home-location', {
    config: { access: { permission: 'attendance.self' } },
    schema: { tags: ['profile'], summary: 'Own BDR home location: the approved one and one waiting for approval', response: { 200: homeStatusView } },
  }, async (req) => homeStatus(req.db, requireOrg(req.auth), requireUser(req.auth).id));

  app.post('/api/me/home-location', {
    config: { access: { permission: 'attendance.self' } },
    schema: { tags: ['profile'], summary: 'Register the BDR home location from the phone (waits for the supervisor)', body: homeBody, response: { 201: homeStatusView } },
  }, async (req, reply) => {
    const u = requireUser(req.auth);
    reply.code(201);
    return registerHome(req.db, { ...u, orgId: requireOrg(req.auth) }, req.ip, req.body);
  });
};

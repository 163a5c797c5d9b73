import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/request-context';
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
};

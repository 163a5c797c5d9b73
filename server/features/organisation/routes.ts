import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireOrg } from '../../http/request-context';
import { organisationPatchBody, organisationView } from './schema';
import { getOrganisation, patchOrganisation } from './service';

const tags = ['organisation'];

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisation',
    {
      config: { access: { permission: 'org.settings' } },
      schema: { tags, summary: "The caller's organisation and its settings", response: { 200: organisationView } },
    },
    async (req) => getOrganisation(req.db, requireOrg(req.auth)),
  );

  app.patch(
    '/api/organisation',
    {
      config: { access: { permission: 'org.settings' } },
      schema: { tags, summary: "Change the organisation's name or settings", body: organisationPatchBody, response: { 200: organisationView } },
    },
    async (req) => patchOrganisation(req.db, actorOf(req), req.body),
  );
};

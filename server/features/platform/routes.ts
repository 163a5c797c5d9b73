import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../http/pagination';
import { requireUser, type Auth } from '../../http/request-context';
import { listOrgs } from '../organisation';
import { idParams } from '../../http/shared-schemas';
import { orgCreateBody, orgPatchBody, orgSummary } from './schema';
import { createOrganisation, patchOrganisationStatus } from './service';

const tags = ['platform'];
const access = { access: { permission: 'platform.orgs' as const } };

export const platformRoutes: FastifyPluginAsyncZod = async (app) => {
  const actor = (req: { auth: Auth | null; ip: string }) => ({ id: requireUser(req.auth).id, ip: req.ip });

  app.get(
    '/api/platform/organisations',
    {
      config: access,
      schema: {
        tags,
        summary: 'All agencies on the platform',
        querystring: z.object({ ...pageQuery, q: z.string().trim().max(100).optional() }),
        response: { 200: pageOf(orgSummary) },
      },
    },
    async (req) => {
      const { page, pageSize, q } = req.query;
      return { ...(await listOrgs(req.db, q, page, pageSize)), page, pageSize };
    },
  );

  app.post(
    '/api/platform/organisations',
    {
      config: access,
      schema: {
        tags,
        summary: 'Onboard an agency with its first organisation administrator',
        body: orgCreateBody,
        response: { 201: z.object({ organisation: orgSummary, admin: z.object({ id: z.string(), email: z.string() }), temporaryPassword: z.string() }) },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createOrganisation(req.db, actor(req), req.body);
    },
  );

  app.patch(
    '/api/platform/organisations/:id',
    {
      config: access,
      schema: { tags, summary: 'Rename, activate or deactivate an agency', params: idParams, body: orgPatchBody, response: { 200: orgSummary } },
    },
    async (req) => patchOrganisationStatus(req.db, actor(req), req.params.id, req.body),
  );
};

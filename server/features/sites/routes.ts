import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import { actorOf, requireOrg } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { findSite, listSites, presentSite } from './repo';
import { siteBody, sitePatchBody, siteView } from './schema';
import { createSite, editSite, removeSite } from './service';

const tags = ['sites'];
const manage = { access: { permission: 'sites.manage' as const } };

export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sites',
    {
      config: manage,
      schema: { tags, summary: "The organisation's sites (geofences)", response: { 200: z.object({ items: z.array(siteView) }) } },
    },
    async (req) => ({ items: (await listSites(req.db, requireOrg(req.auth))).map(presentSite) }),
  );

  app.get(
    '/api/sites/:id',
    {
      config: manage,
      schema: { tags, summary: 'One site', params: idParams, response: { 200: siteView } },
    },
    async (req) => {
      const s = await findSite(req.db, requireOrg(req.auth), req.params.id);
      if (!s) throw new AppError('NOT_FOUND');
      return presentSite(s);
    },
  );

  app.post(
    '/api/sites',
    {
      config: manage,
      schema: { tags, summary: 'Add a site: a circle (centre, radius) or a polygon', body: siteBody, response: { 201: siteView } },
    },
    async (req, reply) => {
      reply.code(201);
      return createSite(req.db, actorOf(req), req.body);
    },
  );

  app.patch(
    '/api/sites/:id',
    {
      config: manage,
      schema: { tags, summary: 'Change a site', params: idParams, body: sitePatchBody, response: { 200: siteView } },
    },
    async (req) => editSite(req.db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/sites/:id',
    {
      config: manage,
      schema: { tags, summary: 'Delete a site', params: idParams },
    },
    async (req, reply) => {
      await removeSite(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null; // sent after the request's transaction commits
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireOrg } from '../../http/request-context';
import { idParams } from '../../http/shared-schemas';
import { listUnits } from './repo';
import { unit, unitCreateBody, unitUpdateBody } from './schema';
import { createUnit, editUnit, removeUnit } from './service';

const tags = ['units'];
const manage = { access: { permission: 'units.manage' as const } };

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/units',
    {
      config: { access: { permission: 'units.read' } },
      schema: { tags, summary: 'All units of the organisation (flat; parentId builds the tree)', response: { 200: z.object({ items: z.array(unit) }) } },
    },
    async (req) => ({ items: await listUnits(req.db, requireOrg(req.auth)) }),
  );

  app.post(
    '/api/units',
    {
      config: manage,
      schema: { tags, summary: 'Create a unit', body: unitCreateBody, response: { 201: unit } },
    },
    async (req, reply) => {
      reply.code(201);
      return createUnit(req.db, actorOf(req), req.body);
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: manage,
      schema: { tags, summary: 'Rename or move a unit', params: idParams, body: unitUpdateBody, response: { 200: unit } },
    },
    async (req) => editUnit(req.db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/units/:id',
    {
      config: manage,
      schema: { tags, summary: 'Delete an empty unit', params: idParams },
    },
    async (req, reply) => {
      await removeUnit(req.db, actorOf(req), req.params.id);
      reply.code(204);
      return null; // sent after the request's transaction commits
    },
  );
};

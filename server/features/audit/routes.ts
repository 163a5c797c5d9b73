import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../http/pagination';
import { requireOrg } from '../../http/request-context';
import { listAudit } from './repo';

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: "The organisation's audit log, newest first",
        querystring: z.object({ ...pageQuery, action: z.string().max(60).optional() }),
        response: { 200: pageOf(auditRow) },
      },
    },
    async (req) => {
      const { page, pageSize, action } = req.query;
      const r = await listAudit(req.db, requireOrg(req.auth), { page, pageSize, action });
      return { items: r.items.map((i) => ({ ...i, at: i.at.toISOString() })), total: r.total, page, pageSize };
    },
  );
};
